/// Byte strings appended one after another and found by position: what a table of keys holds,
/// without the lookup structure (event ids, which are matched by sorting instead).
struct ByteStringList {
    private var arena = ChunkedBytes()
    /// Where each string starts and how long it is.
    private var starts = ChunkedColumn<UInt64>()

    var count: Int { starts.count }

    @inline(__always)
    mutating func append(_ bytes: UnsafeRawBufferPointer) {
        let start = arena.append(bytes)
        precondition(bytes.count < 1 << 24 && start < 1 << 40, "a string longer than 16 MiB, or more than 1 TiB of them")
        starts.append(UInt64(start) << 24 | UInt64(bytes.count))
    }

    @inline(__always)
    func withBytes<R>(_ index: Int, _ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        let packed = starts[index]
        let start = Int(packed >> 24)
        return try arena.withBytes(start..<(start + Int(packed & 0xFF_FFFF)), body)
    }

    @inline(__always)
    func equal(_ lhs: Int, _ rhs: Int) -> Bool {
        withBytes(lhs) { left in withBytes(rhs) { right in ByteStringTable.equal(left, right) } }
    }
}
