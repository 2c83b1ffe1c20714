/// A fixed list of distinct keys, found by their bytes without making a `String` per lookup:
/// the merchants of a batch, whose rows arrive in one COPY and go each to its merchant's
/// accumulator. The index is the key's position in the list.
public struct ByteKeyIndex {
    private var table: ByteStringTable
    public let keys: [String]

    /// `keys` must be distinct by bytes (a batch's merchants are).
    public init(_ keys: [String]) {
        self.keys = keys
        table = ByteStringTable(expectedCount: keys.count)
        for key in keys {
            var key = key
            let (index, inserted) = key.withUTF8 { table.intern(UnsafeRawBufferPointer($0)) }
            precondition(inserted && index == table.count - 1, "ByteKeyIndex: a key appears twice")
        }
    }

    public var count: Int { keys.count }

    @inline(__always)
    public func index(of bytes: UnsafeRawBufferPointer) -> Int? { table.find(bytes) }
}
