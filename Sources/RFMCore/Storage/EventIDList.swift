/// The event ids of a merchant's window rows, one per row, in arrival order: what
/// `EventIDGroups` sorts repeats out of.
///
/// Ids are read back only for the few rows whose hash tag another row shares, so random access
/// may be slow but storage must be small: each id is its length (LEB128, one byte below 128)
/// followed by its bytes, and only every 64th row's position is kept. A row is found by walking
/// from its block's start over at most 63 lengths. Against a start offset per row, that saves
/// about 7 bytes a row (60 MB for 8.5 million rows). A record never straddles two chunks, so it
/// is always read in place.
struct EventIDList {
    static let chunkSize = 1 << 20
    static let blockShift = 6

    private var chunks: [[UInt8]] = []
    /// Chunk (high 32 bits) and position in it (low 32 bits) of rows 0, 64, 128, …
    private var blockStarts = ChunkedColumn<UInt64>()
    private(set) var count = 0

    init() {}

    @inline(__always)
    mutating func append(_ bytes: UnsafeRawBufferPointer) {
        let length = bytes.count
        let recordSize = Self.lengthSize(length) + length
        if chunks.isEmpty || chunks[chunks.count - 1].count + recordSize > Self.chunkSize {
            var chunk: [UInt8] = []
            // A longer id gets a chunk of its own; the first chunk grows as needed (small merchants).
            if !chunks.isEmpty || recordSize > Self.chunkSize { chunk.reserveCapacity(max(Self.chunkSize, recordSize)) }
            chunks.append(chunk)
        }
        let last = chunks.count - 1
        if count & (1 << Self.blockShift - 1) == 0 {
            blockStarts.append(UInt64(last) << 32 | UInt64(chunks[last].count))
        }
        var remaining = length
        while remaining >= 0x80 {
            chunks[last].append(UInt8(truncatingIfNeeded: remaining) | 0x80)
            remaining >>= 7
        }
        chunks[last].append(UInt8(remaining))
        chunks[last].append(contentsOf: bytes)
        count += 1
    }

    /// Calls `body` with row `index`'s id.
    func withBytes<R>(_ index: Int, _ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        let start = blockStarts[index >> Self.blockShift]
        var chunk = Int(start >> 32), position = Int(start & 0xFFFF_FFFF)
        for _ in 0..<(index & (1 << Self.blockShift - 1)) {
            let (length, size) = readLength(chunk, position)
            position += size + length
            if position >= chunks[chunk].count {  // the next record opens the next chunk
                chunk += 1
                position = 0
            }
        }
        let (length, size) = readLength(chunk, position)
        return try chunks[chunk].withUnsafeBytes { try body(UnsafeRawBufferPointer(rebasing: $0[(position + size)..<(position + size + length)])) }
    }

    func equal(_ lhs: Int, _ rhs: Int) -> Bool {
        withBytes(lhs) { left in withBytes(rhs) { right in ByteStringTable.equal(left, right) } }
    }

    @inline(__always)
    private static func lengthSize(_ length: Int) -> Int {
        var size = 1, rest = length >> 7
        while rest > 0 { size += 1; rest >>= 7 }
        return size
    }

    private func readLength(_ chunk: Int, _ position: Int) -> (length: Int, size: Int) {
        var length = 0, shift = 0, size = 0
        while true {
            let byte = chunks[chunk][position + size]
            length |= Int(byte & 0x7F) << shift
            size += 1
            if byte < 0x80 { return (length, size) }
            shift += 7
        }
    }
}
