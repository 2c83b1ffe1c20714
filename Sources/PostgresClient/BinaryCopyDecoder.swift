/// Reads PostgreSQL's binary COPY format one data message at a time.
///
/// The server sends each row as its own CopyData message; the file header rides in front of the
/// first row and the trailer (a field count of -1) comes last. Rows are read in place, without
/// copying: `Fields` borrows the message's bytes.
public struct BinaryCopyDecoder {
    static let signature: [UInt8] = Array("PGCOPY\n".utf8) + [0xFF, 0x0D, 0x0A, 0x00]
    private var headerSeen = false
    public private(set) var finished = false

    public init() {}

    /// Decodes one message: calls `onRow` with a cursor over its fields, or nothing for the trailer.
    public mutating func decode(_ message: UnsafeRawBufferPointer, _ onRow: (inout Fields) throws -> Void) throws {
        var cursor = ByteCursor(message)
        if !headerSeen {
            guard message.count >= 19, message.starts(with: Self.signature) else {
                throw PostgresError(kind: .protocolViolation, message: "COPY data does not start with the binary signature")
            }
            cursor.skip(11)
            _ = try cursor.readInt32()  // flags: bit 16 = OIDs, which we never request
            let extensionLength = try cursor.readInt32()
            try cursor.skipChecked(Int(extensionLength))
            headerSeen = true
        }
        while !cursor.isAtEnd {
            let fieldCount = try cursor.readInt16()
            if fieldCount == -1 {
                finished = true
                return
            }
            var fields = Fields(cursor: cursor, remaining: Int(fieldCount))
            try onRow(&fields)
            try fields.skipRest()
            cursor = fields.cursor
        }
    }

    /// A cursor over one row's fields, read left to right.
    public struct Fields {
        fileprivate var cursor: ByteCursor
        public private(set) var remaining: Int

        fileprivate init(cursor: ByteCursor, remaining: Int) {
            self.cursor = cursor
            self.remaining = remaining
        }

        /// The next field's bytes, or nil for SQL NULL.
        public mutating func next() throws -> UnsafeRawBufferPointer? {
            guard remaining > 0 else {
                throw PostgresError(kind: .protocolViolation, message: "COPY row has fewer fields than expected")
            }
            remaining -= 1
            let length = try cursor.readInt32()
            if length == -1 { return nil }
            return try cursor.take(Int(length))
        }

        mutating func skipRest() throws {
            while remaining > 0 { _ = try next() }
        }
    }
}

extension UnsafeRawBufferPointer {
    @inline(__always)
    func loadBigEndianUInt32(at offset: Int) -> UInt32 {
        UInt32(bigEndian: loadUnaligned(fromByteOffset: offset, as: UInt32.self))
    }

    @inline(__always)
    func loadBigEndianUInt64(at offset: Int) -> UInt64 {
        UInt64(bigEndian: loadUnaligned(fromByteOffset: offset, as: UInt64.self))
    }
}
