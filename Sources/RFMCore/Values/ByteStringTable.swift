#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Interns byte strings (user keys, emails): each distinct string is stored once in one
/// contiguous arena and gets a dense index. Millions of keys cost a few bytes each beyond their
/// text, instead of a heap-allocated `String` apiece.
///
/// Each slot holds the string's index and the top half of its hash, so a probe that meets
/// another key is settled without touching the arena: on millions of keys the table is
/// bound by cache misses, not instructions.
struct ByteStringTable {
    /// The strings by index: all that is needed once nothing more is interned.
    private(set) var strings = ByteStringList()
    /// Open addressing, linear probing; 0 is empty, else (hash tag << 32) | (index + 1).
    /// Kept at most half full.
    private var slots: [UInt64]
    private var mask: Int

    init(expectedCount: Int = 1024) {
        var capacity = 16
        while capacity < expectedCount * 2 { capacity <<= 1 }
        slots = Array(repeating: 0, count: capacity)
        mask = capacity - 1
    }

    var count: Int { strings.count }

    /// The string's index, and whether this call added it.
    @inline(__always)
    mutating func intern(_ bytes: UnsafeRawBufferPointer) -> (index: Int, inserted: Bool) {
        let hash = ByteHash.hash(bytes)
        let tag = hash & 0xFFFF_FFFF_0000_0000
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let entry = slots[slot]
            if entry == 0 { break }
            if entry & 0xFFFF_FFFF_0000_0000 == tag {
                let index = Int(entry & 0xFFFF_FFFF) - 1
                if equals(index, bytes) { return (index, false) }
            }
            slot = (slot + 1) & mask
        }
        let index = strings.count
        precondition(index < Int(UInt32.max) - 1, "more than 4 billion distinct keys in one merchant")
        strings.append(bytes)
        slots[slot] = tag | UInt64(index + 1)
        if strings.count * 2 > slots.count { grow() }
        return (index, true)
    }

    /// The string's index, if it has been interned.
    @inline(__always)
    func find(_ bytes: UnsafeRawBufferPointer) -> Int? {
        let hash = ByteHash.hash(bytes)
        let tag = hash & 0xFFFF_FFFF_0000_0000
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let entry = slots[slot]
            if entry == 0 { return nil }
            if entry & 0xFFFF_FFFF_0000_0000 == tag {
                let index = Int(entry & 0xFFFF_FFFF) - 1
                if equals(index, bytes) { return index }
            }
            slot = (slot + 1) & mask
        }
    }

    /// Calls `body` with string `index`'s bytes.
    @inline(__always)
    func withBytes<R>(_ index: Int, _ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        try strings.withBytes(index, body)
    }

    func string(_ index: Int) -> String {
        withBytes(index) { String(decoding: $0, as: UTF8.self) }
    }

    @inline(__always)
    private func equals(_ index: Int, _ bytes: UnsafeRawBufferPointer) -> Bool {
        withBytes(index) { ByteStringTable.equal($0, bytes) }
    }

    /// Byte equality; keys of 8 to 16 bytes (most user keys and ids) take two overlapping
    /// 8-byte loads instead of a call to memcmp.
    @inline(__always)
    static func equal(_ a: UnsafeRawBufferPointer, _ b: UnsafeRawBufferPointer) -> Bool {
        let count = a.count
        guard count == b.count else { return false }
        if count >= 8 && count <= 16 {
            return a.loadUnaligned(fromByteOffset: 0, as: UInt64.self) == b.loadUnaligned(fromByteOffset: 0, as: UInt64.self)
                && a.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self) == b.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
        }
        return count == 0 || memcmp(a.baseAddress!, b.baseAddress!, count) == 0
    }

    /// Doubles the slots; entries move by the hash bits they carry, the low half recomputed.
    private mutating func grow() {
        let capacity = slots.count * 2
        var grown = [UInt64](repeating: 0, count: capacity)
        let newMask = capacity - 1
        for index in 0..<strings.count {
            let hash = withBytes(index) { ByteHash.hash($0) }
            var slot = Int(truncatingIfNeeded: hash) & newMask
            while grown[slot] != 0 { slot = (slot + 1) & newMask }
            grown[slot] = (hash & 0xFFFF_FFFF_0000_0000) | UInt64(index + 1)
        }
        slots = grown
        mask = newMask
    }
}
