/// Where a connection string holds a password, found without libpq's parser.
///
/// libpq quotes the string, or pieces of it, in its parse errors, and a malformed string is exactly
/// the one it cannot tell us the password of. So this scan is tolerant, and errs towards finding
/// too much: a password in a URL's userinfo (also with an unescaped `@`, `/` or `?` in it), a
/// `password` or `sslpassword` query parameter (also with an unescaped `&`), and a `password` or
/// `sslpassword` keyword (also with an unquoted blank in its value).
struct ConninfoSecrets {
    static let keywords: Set<[UInt8]> = [Array("password".utf8), Array("sslpassword".utf8)]

    /// Byte ranges of the connection string that hold a secret, as it is written.
    private(set) var spans: [Range<Int>] = []
    /// Each secret as libpq reads it, where that differs from how it is written: unquoted,
    /// unescaped, percent-decoded.
    private(set) var readForms: [[UInt8]] = []

    init(_ conninfo: [UInt8]) {
        if let rest = Self.afterURIPrefix(conninfo) {
            scanUserInfo(conninfo, from: rest)
            scanQuery(conninfo, from: rest)
        }
        scanKeywords(conninfo)
    }

    var isEmpty: Bool { spans.isEmpty }

    /// Whether byte `index` of the connection string is part of a secret.
    func covers(_ index: Int) -> Bool { spans.contains { $0.contains(index) } }

    // MARK: - URL

    /// Where the authority starts, for a string that begins (after blanks) with libpq's URI prefix.
    static func afterURIPrefix(_ text: [UInt8]) -> Int? {
        let start = text.firstIndex { !isBlank($0) } ?? text.count
        for prefix in ["postgresql://", "postgres://"] {
            let prefix = Array(prefix.utf8)
            if text.count - start >= prefix.count, zip(text[start...], prefix).allSatisfy({ lowercased($0) == $1 }) {
                return start + prefix.count
            }
        }
        return nil
    }

    /// `user:password@`. libpq ends the userinfo at the first `@` before a `/`; an `@`, `/` or `?`
    /// in a password the user forgot to percent-encode moves that end, so take the last `@` of
    /// all. (An `@` further on, in a parameter, then hides more than the password: safe.)
    private mutating func scanUserInfo(_ text: [UInt8], from start: Int) {
        guard let at = text[start...].lastIndex(of: UInt8(ascii: "@")),
              let colon = text[start..<at].firstIndex(of: UInt8(ascii: ":"))
        else { return }
        add(colon + 1..<at, in: text, readAs: Self.percentDecoded(text[colon + 1..<at]))
    }

    /// `?password=…&…`. Pieces are split at every `?` and `&`, so a `?` in the userinfo cannot
    /// hide the query. A piece without `=` cannot be a parameter (libpq refuses it), so it is
    /// taken for the rest of a password that held an unescaped `&` or `?`.
    private mutating func scanQuery(_ text: [UInt8], from start: Int) {
        var pieces: [Range<Int>] = []
        var pieceStart = start
        for index in start...text.count
        where index == text.count || text[index] == UInt8(ascii: "&") || text[index] == UInt8(ascii: "?") {
            pieces.append(pieceStart..<index)
            pieceStart = index + 1
        }
        var index = 1  // the first piece is the authority and path
        while index < pieces.count {
            let piece = pieces[index]
            index += 1
            guard let equals = text[piece].firstIndex(of: UInt8(ascii: "=")),
                  Self.keywords.contains(Self.percentDecoded(text[piece.lowerBound..<equals]).map(Self.lowercased))
            else { continue }
            var end = piece.upperBound
            while index < pieces.count, !text[pieces[index]].contains(UInt8(ascii: "=")) {
                end = pieces[index].upperBound
                index += 1
            }
            add(equals + 1..<end, in: text, readAs: Self.percentDecoded(text[equals + 1..<end]))
        }
    }

    // MARK: - Keywords

    /// `password = value` where a word starts; the value quoted ('…', backslash escapes) or not.
    /// Unquoted, the words after it up to the next `keyword =` count as part of it: libpq would
    /// stop at the blank and quote the next word as a keyword missing its `=`.
    private mutating func scanKeywords(_ text: [UInt8]) {
        var index = 0
        while index < text.count {
            guard index == 0 || Self.isBlank(text[index - 1]), !Self.isBlank(text[index]) else {
                index += 1
                continue
            }
            let wordEnd = text[index...].firstIndex { Self.isBlank($0) || $0 == UInt8(ascii: "=") } ?? text.count
            var cursor = Self.skipBlanks(text, from: wordEnd)
            guard Self.keywords.contains(text[index..<wordEnd].map(Self.lowercased)), cursor < text.count,
                  text[cursor] == UInt8(ascii: "=")
            else {
                index = max(wordEnd, index + 1)
                continue
            }
            cursor = Self.skipBlanks(text, from: cursor + 1)
            let (end, value) = Self.keywordValue(text, from: cursor)
            if end > cursor { add(cursor..<end, in: text, readAs: value) }
            index = end
        }
    }

    /// The end of the value starting at `start`, and the value as libpq reads it.
    private static func keywordValue(_ text: [UInt8], from start: Int) -> (end: Int, value: [UInt8]) {
        var value: [UInt8] = []
        var index = start
        let quoted = index < text.count && text[index] == UInt8(ascii: "'")
        if quoted { index += 1 }
        while index < text.count {
            let byte = text[index]
            if byte == UInt8(ascii: "\\"), index + 1 < text.count {
                value.append(text[index + 1])
                index += 2
                continue
            }
            if quoted ? byte == UInt8(ascii: "'") : isBlank(byte) {
                if quoted { return (index + 1, value) }
                // A next word that is not `keyword =` is the rest of this value.
                let next = skipBlanks(text, from: index)
                let nextEnd = text[next...].firstIndex { isBlank($0) || $0 == UInt8(ascii: "=") } ?? text.count
                let after = skipBlanks(text, from: nextEnd)
                guard next < text.count, after == text.count || text[after] != UInt8(ascii: "=") else { break }
                value.append(contentsOf: text[index..<next])
                index = next
                continue
            }
            value.append(byte)
            index += 1
        }
        return (index, value)
    }

    // MARK: - Helpers

    private mutating func add(_ span: Range<Int>, in text: [UInt8], readAs form: [UInt8]) {
        guard !span.isEmpty else { return }
        spans.append(span)
        if !form.isEmpty, !form.elementsEqual(text[span]) { readForms.append(form) }
    }

    /// `%41` → `A`; a `%` not followed by two hex digits stays as it is.
    static func percentDecoded(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        var decoded: [UInt8] = []
        percentDecode(bytes) { byte, _ in decoded.append(byte) }
        return decoded
    }

    /// Calls `emit` with each decoded byte and the indices of `bytes` it came from.
    static func percentDecode(_ bytes: ArraySlice<UInt8>, _ emit: (UInt8, Range<Int>) -> Void) {
        var index = bytes.startIndex
        while index < bytes.endIndex {
            if bytes[index] == UInt8(ascii: "%"), index + 2 < bytes.endIndex,
               let high = hexValue(bytes[index + 1]), let low = hexValue(bytes[index + 2]) {
                emit(high << 4 | low, index..<index + 3)
                index += 3
            } else {
                emit(bytes[index], index..<index + 1)
                index += 1
            }
        }
    }

    static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }

    static func isBlank(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || (UInt8(ascii: "\t")...UInt8(ascii: "\r")).contains(byte)
    }

    static func lowercased(_ byte: UInt8) -> UInt8 {
        (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte + 32 : byte
    }

    static func skipBlanks(_ text: [UInt8], from start: Int) -> Int {
        text[start...].firstIndex { !isBlank($0) } ?? text.count
    }
}
