/// An append-only column in fixed-size chunks: growing never copies what is there (a plain
/// array doubles and copies, briefly holding twice its size), and memory is what is used.
/// For the per-row columns a merchant's read fills: millions of rows, one append each.
struct ChunkedColumn<Element> {
    static var chunkShift: Int { 16 }
    static var chunkSize: Int { 1 << chunkShift }

    private var chunks: [[Element]] = []
    private(set) var count = 0

    init() {}

    @inline(__always)
    mutating func append(_ element: Element) {
        if count & (Self.chunkSize - 1) == 0 {
            var chunk: [Element] = []
            // The first chunk grows as an array does: a merchant of ten customers (a fleet has
            // thousands) should not map a whole chunk per column. Later ones are made whole.
            if !chunks.isEmpty { chunk.reserveCapacity(Self.chunkSize) }
            chunks.append(chunk)
        }
        chunks[chunks.count - 1].append(element)
        count += 1
    }

    @inline(__always)
    subscript(index: Int) -> Element {
        get { chunks[index >> Self.chunkShift][index & (Self.chunkSize - 1)] }
        set { chunks[index >> Self.chunkShift][index & (Self.chunkSize - 1)] = newValue }
    }

    /// Releases everything (a column whose rows have been summed).
    mutating func removeAll() {
        chunks = []
        count = 0
    }

    /// Everything in one array, each chunk released as soon as it is copied: the copy never
    /// holds much more than the column did.
    mutating func takeAll() -> [Element] {
        var all: [Element] = []
        all.reserveCapacity(count)
        for number in chunks.indices {
            all.append(contentsOf: chunks[number])
            chunks[number] = []
        }
        removeAll()
        return all
    }

    /// Calls `body` with each chunk in order and the index of its first element: a scan without
    /// a chunk lookup and bounds check per element.
    @inline(__always)
    func forEachChunk(_ body: (_ firstIndex: Int, UnsafeBufferPointer<Element>) throws -> Void) rethrows {
        for (number, chunk) in chunks.enumerated() {
            try chunk.withUnsafeBufferPointer { try body(number << Self.chunkShift, $0) }
        }
    }
}

/// Plain values in arrays: a finished column may be read from both cores at once.
extension ChunkedColumn: Sendable where Element: Sendable {}

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
