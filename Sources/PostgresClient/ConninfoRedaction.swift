/// Takes the passwords of a connection string out of a message made from it: libpq's connection
/// errors echo the string, or pieces of it, when they cannot parse it, and those messages end up
/// on the terminal, in cron mail and in logs.
///
/// Three passes over the message, each masking what it finds:
/// 1. the whole connection string, echoed, is shown with its passwords replaced;
/// 2. every password, as written or as libpq reads it (unquoted, percent-decoded), wherever it is;
/// 3. every quoted piece (libpq quotes what it echoes) that lies on a password in the connection
///    string, raw or percent-decoded: a malformed string makes libpq split a password and quote
///    half of it as a port, a host or a parameter. Only that part of the piece is replaced; a
///    single character is not a password and stays.
enum ConninfoRedaction {
    static let placeholder = "[redacted]"

    static func redact(_ message: String, conninfo: String) -> String {
        let text = Array(conninfo.utf8)
        let secrets = ConninfoSecrets(text)
        guard !secrets.isEmpty, !message.isEmpty else { return message }
        let bytes = Array(message.utf8)
        let raw = MaskedText(bytes: text, mask: text.indices.map(secrets.covers))
        let views = [raw, raw.percentDecoded()]

        let echoes = occurrences(of: text[...], in: bytes)
        var mask = [Bool](repeating: false, count: bytes.count)
        func maskOutsideEchoes(_ range: Range<Int>, where covered: (Int) -> Bool = { _ in true }) {
            guard !echoes.contains(where: { $0.overlaps(range) }) else { return }
            for index in range where covered(index - range.lowerBound) { mask[index] = true }
        }
        for secret in views.flatMap(\.maskedRuns) + secrets.readForms.map({ $0[...] }) {
            for found in occurrences(of: secret, in: bytes) { maskOutsideEchoes(found) }
        }
        for piece in quotedPieces(bytes) where piece.count >= 2 {
            for view in views {
                for found in occurrences(of: bytes[piece], in: view.bytes) {
                    maskOutsideEchoes(piece) { view.mask[found.lowerBound + $0] }
                }
            }
        }
        return String(decoding: render(bytes, mask: mask, echoes: echoes, echo: raw.redacted()), as: UTF8.self)
    }

    /// `bytes` with each echo of the connection string replaced by `echo`, each masked run by the
    /// placeholder.
    static func render(_ bytes: [UInt8], mask: [Bool], echoes: [Range<Int>] = [], echo: [UInt8] = []) -> [UInt8] {
        var result: [UInt8] = []
        var index = 0
        while index < bytes.count {
            if let found = echoes.first(where: { $0.lowerBound == index }) {
                result += echo
                index = found.upperBound
            } else if mask[index] {
                result += placeholder.utf8
                while index < bytes.count, mask[index] { index += 1 }
            } else {
                result.append(bytes[index])
                index += 1
            }
        }
        return result
    }

    /// Where `needle` occurs in `haystack`, left to right, not overlapping.
    static func occurrences(of needle: ArraySlice<UInt8>, in haystack: [UInt8]) -> [Range<Int>] {
        guard !needle.isEmpty, needle.count <= haystack.count else { return [] }
        var found: [Range<Int>] = []
        var start = 0
        while start + needle.count <= haystack.count {
            if haystack[start..<start + needle.count].elementsEqual(needle) {
                found.append(start..<start + needle.count)
                start += needle.count
            } else {
                start += 1
            }
        }
        return found
    }

    /// The insides of `"…"` pairs, taken left to right.
    static func quotedPieces(_ bytes: [UInt8]) -> [Range<Int>] {
        let quotes = bytes.indices.filter { bytes[$0] == UInt8(ascii: "\"") }
        return stride(from: 0, to: quotes.count - 1, by: 2).map { quotes[$0] + 1..<quotes[$0 + 1] }
    }
}
