/// Finds rows that share an event id by sorting, not by a hash table: rows append their id and
/// a 32-bit tag of its hash as they stream in (sequential writes, no cache misses), and one sort
/// of (tag, row) pairs brings equal ids next to each other. Rows that share a tag are then told
/// apart by their bytes, so the grouping is exact.
///
/// Rows are sorted one bucket at a time, by the top bits of their tag (equal ids share a tag, so
/// a group never spans two buckets): the sort's keys take a sixteenth of the 8 bytes a row that
/// one sort of every row would, at the moment a merchant's memory peaks.
enum EventIDGroups {
    static let bucketBits = 4

    /// Up to this many rows are sorted at once, with one comparison sort: buckets and radix
    /// passes are for millions of rows, not a small merchant's dozens.
    static let sortedAtOnceUpTo = 4096

    /// Calls `body` for each id held by more than one row, with its rows ascending.
    static func forEachRepeated(ids: EventIDList, tags: ChunkedColumn<UInt32>, _ body: ([Int]) -> Void) {
        walk(ids: ids, tags: tags) { groups in
            for group in groups where group.count > 1 { body(group) }
        } single: { _ in }
    }

    /// A dense group number per row; rows with equal ids share one. Returns the numbers and how many.
    static func groupNumbers(ids: EventIDList, tags: ChunkedColumn<UInt32>) -> (numbers: [UInt32], count: Int) {
        var numbers = [UInt32](repeating: 0, count: ids.count)
        var next: UInt32 = 0
        walk(ids: ids, tags: tags) { groups in
            for group in groups {
                for row in group { numbers[row] = next }
                next += 1
            }
        } single: { row in
            numbers[row] = next
            next += 1
        }
        return (numbers, Int(next))
    }

    /// The tag a row stores for its id.
    @inline(__always)
    static func tag(_ id: UnsafeRawBufferPointer) -> UInt32 { UInt32(truncatingIfNeeded: ByteHash.hash(id) >> 32) }

    /// Sorts (tag, row) pairs packed in one integer, bucket by bucket, then hands each row whose
    /// tag is unique to `single`, and each run of rows sharing a tag, split into exact id groups
    /// (rows ascending), to `shared`.
    private static func walk(
        ids: EventIDList, tags: ChunkedColumn<UInt32>, shared: ([[Int]]) -> Void, single: (Int) -> Void
    ) {
        let count = ids.count
        precondition(count < Int(UInt32.max), "more than 4 billion rows in one merchant's window")
        if count <= sortedAtOnceUpTo {
            var keys: [UInt64] = []
            keys.reserveCapacity(count)
            tags.forEachChunk { first, chunk in
                for (offset, tag) in chunk.enumerated() { keys.append(UInt64(tag) << 32 | UInt64(first + offset)) }
            }
            keys.sort()  // the same order as bucket by bucket, radix-sorted: the keys' numeric order
            return walkSorted(keys, ids: ids, shared: shared, single: single)
        }
        let shift = UInt32(32 - bucketBits)
        var bucketSizes = [Int](repeating: 0, count: 1 << bucketBits)
        tags.forEachChunk { _, chunk in
            for tag in chunk { bucketSizes[Int(tag >> shift)] += 1 }
        }
        var keys = [UInt64](), scratch = [UInt64]()
        keys.reserveCapacity(bucketSizes.max() ?? 0)
        for bucket in bucketSizes.indices where bucketSizes[bucket] > 0 {
            keys.removeAll(keepingCapacity: true)
            tags.forEachChunk { first, chunk in
                for (offset, tag) in chunk.enumerated() where Int(tag >> shift) == bucket {
                    keys.append(UInt64(tag) << 32 | UInt64(first + offset))
                }
            }
            sortByTag(&keys, scratch: &scratch)
            walkSorted(keys, ids: ids, shared: shared, single: single)
        }
    }

    /// Sorts a bucket's (tag, row) keys, gathered with rows ascending, by the tag bits below the
    /// bucket's: a stable radix sort on those bits keeps each tag's rows ascending, so the result
    /// is the keys' numeric order, in three passes instead of a comparison sort's twenty.
    static func sortByTag(_ keys: inout [UInt64], scratch: inout [UInt64]) {
        let digitBits = 10, digits = 1 << digitBits
        scratch.removeAll(keepingCapacity: true)
        scratch.append(contentsOf: repeatElement(0, count: keys.count))
        var offsets = [Int](repeating: 0, count: digits)
        var low = 32
        while low < 64 - bucketBits {
            let shift = UInt64(low)
            keys.withUnsafeBufferPointer { source in
                scratch.withUnsafeMutableBufferPointer { target in
                    for index in offsets.indices { offsets[index] = 0 }
                    for key in source { offsets[Int(key >> shift) & (digits - 1)] += 1 }
                    var start = 0
                    for index in offsets.indices { (offsets[index], start) = (start, start + offsets[index]) }
                    for key in source {
                        let digit = Int(key >> shift) & (digits - 1)
                        target[offsets[digit]] = key
                        offsets[digit] += 1
                    }
                }
            }
            swap(&keys, &scratch)
            low += digitBits
        }
    }

    private static func walkSorted(_ keys: [UInt64], ids: EventIDList, shared: ([[Int]]) -> Void, single: (Int) -> Void) {
        let count = keys.count
        var start = 0
        while start < count {
            let tag = keys[start] >> 32
            var end = start + 1
            while end < count, keys[end] >> 32 == tag { end += 1 }
            if end - start == 1 {
                single(Int(keys[start] & 0xFFFF_FFFF))
            } else {
                var groups: [[Int]] = []
                for key in keys[start..<end] {
                    let row = Int(key & 0xFFFF_FFFF)
                    if let index = groups.firstIndex(where: { ids.equal($0[0], row) }) {
                        groups[index].append(row)
                    } else {
                        groups.append([row])
                    }
                }
                shared(groups)
            }
            start = end
        }
    }
}
