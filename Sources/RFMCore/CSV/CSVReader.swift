/// Reads RFC 4180 CSV from byte chunks of any size, so a file of any length streams through in
/// constant memory: only the record being read is held.
///
/// Follows PostgreSQL's `COPY … (FORMAT csv)` where RFC 4180 is silent, so one file means the
/// same thing to `rfm-nightly score` and to a `COPY` into `purchase_events`:
/// - an unquoted empty field is NULL, a quoted one (`""`) is the empty string;
/// - a quote may open a quoted stretch anywhere in a field; `""` inside it is one quote;
/// - records end at LF, CRLF or a lone CR; a quoted stretch may span lines.
/// Beyond that: a UTF-8 byte-order mark before the first record is dropped (spreadsheets write
/// one), and a line with no characters at all is skipped rather than read as one NULL field.
public struct CSVReader {
    public struct MalformedCSV: Error, CustomStringConvertible, Equatable {
        public let line: Int
        public let reason: String
        public var description: String { "malformed CSV at line \(line): \(reason)" }
    }

    private var bytes: [UInt8] = []
    private var fieldEnds: [Int] = []
    private var fieldQuoted: [Bool] = []
    private var quotedNow = false
    private var inQuotes = false
    /// A quote seen inside quotes: the next byte says whether it was `""` or the closing quote.
    private var pendingQuote = false
    private var skipLineFeed = false
    private var atStartOfInput = true
    private var bomMatched = 0
    private var line = 1
    private var recordLine = 1

    public init() {}

    /// Parses `chunk`, calling `onRecord` for every record it completes.
    public mutating func consume(_ chunk: UnsafeRawBufferPointer, _ onRecord: (CSVRecord) throws -> Void) throws {
        var start = 0
        if atStartOfInput { start = skipByteOrderMark(chunk) }
        var index = start
        while index < chunk.count {
            let byte = chunk[index]
            index += 1
            if skipLineFeed {
                skipLineFeed = false
                if byte == .lineFeed { continue }
            }
            if pendingQuote {
                pendingQuote = false
                if byte == .quote {
                    bytes.append(.quote)
                    continue
                }
                inQuotes = false  // that quote closed the stretch; read this byte as unquoted
            }
            if inQuotes {
                if byte == .quote {
                    pendingQuote = true
                } else {
                    if byte == .lineFeed { line += 1 }
                    bytes.append(byte)
                }
                continue
            }
            switch byte {
            case .comma:
                endField()
            case .lineFeed, .carriageReturn:
                skipLineFeed = byte == .carriageReturn
                try endRecord(onRecord)
                line += 1
                recordLine = line
            case .quote:
                inQuotes = true
                quotedNow = true
            default:
                bytes.append(byte)
            }
        }
    }

    /// Ends the input: emits a last record that had no line break after it.
    public mutating func finish(_ onRecord: (CSVRecord) throws -> Void) throws {
        if inQuotes && !pendingQuote {
            throw MalformedCSV(line: recordLine, reason: "a quoted field is not closed before the end of the file")
        }
        pendingQuote = false
        inQuotes = false
        try endRecord(onRecord)
    }

    private mutating func skipByteOrderMark(_ chunk: UnsafeRawBufferPointer) -> Int {
        let mark: [UInt8] = [0xEF, 0xBB, 0xBF]
        var index = 0
        while bomMatched < 3, index < chunk.count {
            guard chunk[index] == mark[bomMatched] else {
                // Not a mark after all: give back the bytes taken for one (never more than a prefix of it).
                bytes.append(contentsOf: mark[0..<bomMatched])
                bomMatched = 3
                atStartOfInput = false
                return index
            }
            bomMatched += 1
            index += 1
        }
        if bomMatched == 3 { atStartOfInput = false }
        return index
    }

    private mutating func endField() {
        fieldEnds.append(bytes.count)
        fieldQuoted.append(quotedNow)
        quotedNow = false
    }

    private mutating func endRecord(_ onRecord: (CSVRecord) throws -> Void) throws {
        defer {
            bytes.removeAll(keepingCapacity: true)
            fieldEnds.removeAll(keepingCapacity: true)
            fieldQuoted.removeAll(keepingCapacity: true)
            quotedNow = false
        }
        if fieldEnds.isEmpty, bytes.isEmpty, !quotedNow { return }  // an empty line
        endField()
        try bytes.withUnsafeBytes { buffer in
            try onRecord(CSVRecord(bytes: buffer, fieldEnds: fieldEnds, fieldQuoted: fieldQuoted, line: recordLine))
        }
    }
}

extension UInt8 {
    static let comma = UInt8(ascii: ",")
    static let quote = UInt8(ascii: "\"")
    static let lineFeed = UInt8(ascii: "\n")
    static let carriageReturn = UInt8(ascii: "\r")
}
