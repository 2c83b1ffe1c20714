/// Bytes appended in fixed-size chunks, for the text of millions of short strings. Offsets are
/// logical: chunk k covers [k × chunkSize, (k + 1) × chunkSize). A string never straddles two
/// chunks, so it can be read in place; one that does not fit where the current chunk ends starts
/// the next chunk, and one longer than a chunk gets a chunk of its own, followed by empty
/// placeholders for the logical chunks it covers.
struct ChunkedBytes {
    static let chunkSize = 1 << 20
    private var chunks: [[UInt8]] = []
    /// The logical offset of the next byte.
    private(set) var count = 0

    /// Appends the bytes; returns the logical offset where they start.
    @inline(__always)
    mutating func append(_ bytes: UnsafeRawBufferPointer) -> Int {
        let used = count - max(0, chunks.count - 1) * Self.chunkSize
        if chunks.isEmpty || bytes.count > Self.chunkSize - used {
            count = chunks.count * Self.chunkSize  // start of the next logical chunk
            var chunk: [UInt8] = []
            // The first chunk grows as needed (a small merchant's keys fit in a few hundred bytes).
            if !chunks.isEmpty || bytes.count > Self.chunkSize { chunk.reserveCapacity(max(Self.chunkSize, bytes.count)) }
            chunks.append(chunk)
            if bytes.count > Self.chunkSize {
                let start = count
                chunks[chunks.count - 1].append(contentsOf: bytes)
                for _ in 0..<((bytes.count - 1) / Self.chunkSize) { chunks.append([]) }
                count = chunks.count * Self.chunkSize  // the next string starts a fresh chunk
                return start
            }
        }
        let start = count
        chunks[chunks.count - 1].append(contentsOf: bytes)
        count += bytes.count
        return start
    }

    /// The bytes in `range` (logical offsets, as `append` placed them).
    @inline(__always)
    func withBytes<R>(_ range: Range<Int>, _ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        if range.isEmpty { return try body(UnsafeRawBufferPointer(start: nil, count: 0)) }
        let chunk = range.lowerBound / Self.chunkSize
        let start = range.lowerBound - chunk * Self.chunkSize
        return try chunks[chunk].withUnsafeBytes { try body(UnsafeRawBufferPointer(rebasing: $0[start..<(start + range.count)])) }
    }
}
