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
