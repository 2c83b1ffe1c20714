#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Interns byte strings (user keys, event ids, emails): each distinct string is stored once in
/// one contiguous arena and gets a dense index. Millions of keys cost a few bytes each beyond
/// their text, instead of a heap-allocated `String` apiece.
struct ByteStringTable {
    private var arena: [UInt8] = []
    /// ends[i] is where string i stops in the arena; it starts where string i-1 stopped.
    private var ends: [UInt32] = []
    private var hashes: [UInt32] = []
    /// Open addressing, linear probing; 0 is empty, otherwise index + 1. Kept at most half full.
    private var slots: [UInt32]
    private var mask: Int

    init(expectedCount: Int = 1024) {
        var capacity = 16
        while capacity < expectedCount * 2 { capacity <<= 1 }
        slots = Array(repeating: 0, count: capacity)
        mask = capacity - 1
    }

    var count: Int { ends.count }

    /// The string's index, and whether this call added it.
    @inline(__always)
    mutating func intern(_ bytes: UnsafeRawBufferPointer) -> (index: Int, inserted: Bool) {
        var hasher = Hasher()
        hasher.combine(bytes: bytes)
        let hash = UInt32(truncatingIfNeeded: hasher.finalize())
        var slot = Int(hash) & mask
        while true {
            let entry = slots[slot]
            if entry == 0 { break }
            let index = Int(entry) - 1
            if hashes[index] == hash, equals(index, bytes) { return (index, false) }
            slot = (slot + 1) & mask
        }
        let index = ends.count
        precondition(arena.count + bytes.count <= Int(UInt32.max), "more than 4 GiB of distinct keys in one merchant")
        arena.append(contentsOf: bytes)
        ends.append(UInt32(arena.count))
        hashes.append(hash)
        slots[slot] = UInt32(index + 1)
        if ends.count * 2 > slots.count { grow() }
        return (index, true)
    }

    /// Calls `body` with string `index`'s bytes.
    @inline(__always)
    func withBytes<R>(_ index: Int, _ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        let start = index == 0 ? 0 : Int(ends[index - 1])
        return try arena.withUnsafeBytes { try body(UnsafeRawBufferPointer(rebasing: $0[start..<Int(ends[index])])) }
    }

    func string(_ index: Int) -> String {
        withBytes(index) { String(decoding: $0, as: UTF8.self) }
    }

    /// Byte-wise order of two stored strings: the order of PostgreSQL's "C" collation.
    func precedes(_ lhs: Int, _ rhs: Int) -> Bool {
        let lhsStart = lhs == 0 ? 0 : Int(ends[lhs - 1]), lhsCount = Int(ends[lhs]) - lhsStart
        let rhsStart = rhs == 0 ? 0 : Int(ends[rhs - 1]), rhsCount = Int(ends[rhs]) - rhsStart
        let order = arena.withUnsafeBytes { stored in
            min(lhsCount, rhsCount) == 0 ? 0 : memcmp(stored.baseAddress! + lhsStart, stored.baseAddress! + rhsStart, min(lhsCount, rhsCount))
        }
        return order != 0 ? order < 0 : lhsCount < rhsCount
    }

    private func equals(_ index: Int, _ bytes: UnsafeRawBufferPointer) -> Bool {
        let start = index == 0 ? 0 : Int(ends[index - 1])
        let end = Int(ends[index])
        guard end - start == bytes.count else { return false }
        return arena.withUnsafeBytes { stored in
            bytes.isEmpty || memcmp(stored.baseAddress! + start, bytes.baseAddress!, bytes.count) == 0
        }
    }

    private mutating func grow() {
        let capacity = slots.count * 2
        slots = Array(repeating: 0, count: capacity)
        mask = capacity - 1
        for index in 0..<ends.count {
            var slot = Int(hashes[index]) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = UInt32(index + 1)
        }
    }
}
