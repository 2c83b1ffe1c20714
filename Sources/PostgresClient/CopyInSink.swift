import CLibPQ

/// Where `copyIn`'s producer sends bytes. Valid only inside the `copyIn` call.
public struct CopyInSink {
    let connection: Connection

    /// Sends raw COPY data (any split into calls is fine: the server sees one stream).
    public func send(_ bytes: UnsafeRawBufferPointer) throws {
        guard !bytes.isEmpty else { return }
        let base = bytes.baseAddress!.assumingMemoryBound(to: CChar.self)
        guard PQputCopyData(connection.handle, base, Int32(bytes.count)) == 1 else {
            throw PostgresError(kind: .statement, connection: connection.handle)
        }
    }

    /// Sends what the encoder holds and empties it.
    public func send(_ encoder: inout BinaryCopyEncoder) throws {
        try encoder.bytes.withUnsafeBytes { try send($0) }
        encoder.removeAll()
    }
}
