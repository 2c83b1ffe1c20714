/// Customers in user-key byte order (PostgreSQL's "C" collation), sorted eight key bytes at a time.
///
/// Comparing keys through the string list (two look-ups and a memcmp) for each of a sort's
/// twenty comparisons per customer is most of the cost; instead each customer carries eight key
/// bytes as one big-endian integer, so most comparisons are one integer comparison. Customers
/// whose eight bytes tie (keys that share a prefix, like "c0000001…") are sorted again on the
/// next eight, only among themselves.
///
/// A key shorter than the bytes asked for is padded with zeros: a key that ends compares below
/// every longer key it starts, except one continuing with zero bytes, which the lengths settle.
enum KeyOrder {
    /// Past this many shared bytes, ties are settled by whole-key comparison.
    static let maximumDepth = 6

    /// The customers that `included` selects, ascending by key bytes.
    static func sorted(_ keys: ByteStringList, where included: (Int) -> Bool) -> [Int] {
        var entries: [Entry] = []
        entries.reserveCapacity(keys.count)  // not grown by doubling: no second copy at once
        for customer in 0..<keys.count where included(customer) {
            entries.append(Entry(word: keys.withBytes(customer) { word($0, at: 0) }, customer: UInt32(customer)))
        }
        entries.withUnsafeMutableBufferPointer { sort($0, keys: keys, depth: 0) }
        return entries.map { Int($0.customer) }
    }

    struct Entry {
        /// Key bytes 8·depth ..< 8·depth + 8, big-endian, zero-padded.
        var word: UInt64
        let customer: UInt32
    }

    /// Sorts `entries`, whose keys agree on their first 8·depth bytes and whose words hold the next eight.
    private static func sort(_ buffer: UnsafeMutableBufferPointer<Entry>, keys: ByteStringList, depth: Int) {
        var entries = buffer  // the same memory: sorting a buffer is a mutating call
        guard entries.count > 1 else { return }
        guard depth < maximumDepth else {
            return entries.sort { left, right in keys.withBytes(Int(left.customer)) { l in keys.withBytes(Int(right.customer)) { r in
                SegmentChangeMerge.compare(l, r) < 0
            } } }
        }
        entries.sort { $0.word < $1.word }
        var start = 0
        while start < entries.count {
            var end = start + 1
            while end < entries.count, entries[end].word == entries[start].word { end += 1 }
            if end - start > 1 { sortTied(UnsafeMutableBufferPointer(rebasing: entries[start..<end]), keys: keys, depth: depth) }
            start = end
        }
    }

    /// Entries that agree on 8·(depth + 1) bytes: by length if no key goes further, else on the next eight.
    private static func sortTied(_ buffer: UnsafeMutableBufferPointer<Entry>, keys: ByteStringList, depth: Int) {
        var entries = buffer
        let covered = 8 * (depth + 1)
        if entries.allSatisfy({ keys.withBytes(Int($0.customer)) { $0.count } <= covered }) {
            entries.sort { keys.withBytes(Int($0.customer)) { $0.count } < keys.withBytes(Int($1.customer)) { $0.count } }
            return
        }
        for index in entries.indices {
            entries[index].word = keys.withBytes(Int(entries[index].customer)) { word($0, at: depth + 1) }
        }
        sort(entries, keys: keys, depth: depth + 1)
    }

    /// Bytes 8·depth ..< 8·depth + 8 of `key` as a big-endian integer, zeros past its end.
    @inline(__always)
    static func word(_ key: UnsafeRawBufferPointer, at depth: Int) -> UInt64 {
        let start = 8 * depth
        guard start < key.count else { return 0 }
        let end = min(key.count, start + 8)
        var word: UInt64 = 0
        for index in start..<end { word = word << 8 | UInt64(key[index]) }
        return word << (8 * (8 - UInt64(end - start)))
    }
}
