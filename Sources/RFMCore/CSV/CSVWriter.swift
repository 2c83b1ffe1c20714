/// Writes RFC 4180 CSV into a byte buffer, a field at a time: fields holding a comma, quote, CR
/// or LF are quoted (inner quotes doubled), records end in CRLF. Take the bytes with `drain`
/// whenever `count` grows, so output streams in constant memory.
///
/// **Formula-injection guard** (on unless turned off): a text cell that starts with `=`, `+`,
/// `-`, `@`, tab or CR is what Excel, LibreOffice and Google Sheets run as a formula when a person
/// opens the file, so it gets a leading `'`, which spreadsheets show as text and hide. Numbers the
/// job formats itself (`number`) are never touched. Turn it off for programs that read the file.
///
/// NULL is written as an empty field and the empty string as `""`, as `COPY … (FORMAT csv)` and
/// `CSVReader` read them.
public struct CSVWriter {
    public let formulaGuard: Bool
    public private(set) var bytes: [UInt8] = []
    private var fieldsInRecord = 0

    public init(formulaGuard: Bool = true) {
        self.formulaGuard = formulaGuard
        bytes.reserveCapacity(1 << 16)
    }

    public var count: Int { bytes.count }

    /// A text cell: quoted when needed, guarded against formulas; nil is NULL.
    public mutating func text(_ value: String?) {
        separate()
        guard var value else { return }
        value.withUTF8 { append(text: UnsafeRawBufferPointer($0)) }
    }

    public mutating func text(bytes value: UnsafeRawBufferPointer?) {
        separate()
        guard let value else { return }
        append(text: value)
    }

    /// A number formatted by the caller ("210.00", "42"): written as is.
    public mutating func number(_ value: String) {
        separate()
        bytes.append(contentsOf: value.utf8)
    }

    public mutating func endRecord() {
        bytes.append(.carriageReturn)
        bytes.append(.lineFeed)
        fieldsInRecord = 0
    }

    /// A whole record of text cells, e.g. a header.
    public mutating func record(_ values: [String?]) {
        for value in values { text(value) }
        endRecord()
    }

    /// Hands over what is written so far and empties the buffer.
    public mutating func drain() -> [UInt8] {
        defer { bytes.removeAll(keepingCapacity: true) }
        return bytes
    }

    /// True for a cell a spreadsheet would evaluate.
    public static func looksLikeFormula(_ value: UnsafeRawBufferPointer) -> Bool {
        guard let first = value.first else { return false }
        return formulaStarts.contains(first)
    }

    static let formulaStarts: Set<UInt8> = [
        UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, .carriageReturn,
    ]

    private mutating func separate() {
        if fieldsInRecord > 0 { bytes.append(.comma) }
        fieldsInRecord += 1
    }

    private mutating func append(text value: UnsafeRawBufferPointer) {
        let guarded = formulaGuard && Self.looksLikeFormula(value)
        let needsQuotes = value.isEmpty || value.contains { $0 == .comma || $0 == .quote || $0 == .carriageReturn || $0 == .lineFeed }
        if needsQuotes { bytes.append(.quote) }
        if guarded { bytes.append(UInt8(ascii: "'")) }
        if value.contains(.quote) {
            for byte in value {
                if byte == .quote { bytes.append(.quote) }
                bytes.append(byte)
            }
        } else {
            bytes.append(contentsOf: value)
        }
        if needsQuotes { bytes.append(.quote) }
    }
}
