/// A field that PostgreSQL would not take as text (`TextEncoding`): `COPY` of the file would fail
/// on it, so `score` refuses the file rather than read the field some other way.
public struct InvalidCSVText: Error, CustomStringConvertible, Equatable {
    /// The line the record starts on.
    public let line: Int
    /// The column's name in the header, or its number where the header has none.
    public let column: String
    public let byte: UInt8
    /// Where the byte is in the field, from 1.
    public let position: Int

    public var description: String {
        let problem = byte == 0 ? "a NUL byte at position \(position)" : "byte 0x\(Self.hex(byte)) at position \(position) is not UTF-8"
        return "line \(line), column \(column): \(problem) (PostgreSQL's COPY refuses it too)"
    }

    static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 0xF)]])
    }
}

extension CSVRecord {
    /// The first field that is no text to PostgreSQL, and the offending byte and its offset in it.
    /// One pass over the record when it is all ASCII; field by field otherwise, since a sequence
    /// cut by a comma is valid in the record's bytes but in neither field.
    func firstInvalidText() -> (field: Int, offset: Int, byte: UInt8)? {
        if TextEncoding.isPlainASCII(bytes) { return nil }
        for index in 0..<count {
            guard let field = field(index), let offset = TextEncoding.firstInvalidByte(in: field) else { continue }
            return (index, offset, field[offset])
        }
        return nil
    }
}
