/// Big-endian reads over borrowed bytes, each bounds-checked.
struct ByteCursor {
    private let bytes: UnsafeRawBufferPointer
    private var offset = 0

    init(_ bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

    var isAtEnd: Bool { offset >= bytes.count }

    mutating func skip(_ count: Int) { offset += count }

    mutating func skipChecked(_ count: Int) throws { _ = try take(count) }

    mutating func take(_ count: Int) throws -> UnsafeRawBufferPointer {
        guard count >= 0, offset + count <= bytes.count else {
            throw PostgresError(kind: .protocolViolation, message: "COPY data ends in the middle of a field")
        }
        defer { offset += count }
        return UnsafeRawBufferPointer(rebasing: bytes[offset..<(offset + count)])
    }

    mutating func readInt16() throws -> Int16 {
        let field = try take(2)
        return Int16(bitPattern: UInt16(field[0]) << 8 | UInt16(field[1]))
    }

    mutating func readInt32() throws -> Int32 {
        Int32(bitPattern: try take(4).loadBigEndianUInt32(at: 0))
    }
}
