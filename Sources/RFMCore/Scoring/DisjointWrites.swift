/// Memory that two threads fill at once, each at indices the other never touches (the halves of
/// `ParallelHalves.forEachHalf`). Unchecked because the compiler cannot see that the ranges are
/// disjoint; the owner of the memory keeps it alive and reads it only after both halves are done.
struct DisjointWrites<Element>: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<Element>

    init(_ buffer: UnsafeMutableBufferPointer<Element>) { self.buffer = buffer }

    /// Reads and overwrites memory that is already initialized (trivial elements, in place).
    @inline(__always)
    subscript(index: Int) -> Element {
        get { buffer[index] }
        nonmutating set { buffer[index] = newValue }
    }

    /// Initializes memory that is not yet (an array made with uninitialized capacity).
    @inline(__always)
    func initialize(_ value: consuming Element, at index: Int) { buffer.initializeElement(at: index, to: value) }
}
