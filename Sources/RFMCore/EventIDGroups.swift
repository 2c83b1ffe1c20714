/// Finds rows that share an event id by sorting, not by a hash table: rows append their id and
/// a 32-bit tag of its hash as they stream in (sequential writes, no cache misses), and one sort
/// of (tag, row) pairs brings equal ids next to each other. Rows that share a tag are then told
/// apart by their bytes, so the grouping is exact.
enum EventIDGroups {
    /// Calls `body` for each id held by more than one row, with its rows ascending.
    static func forEachRepeated(ids: ByteStringList, tags: ChunkedColumn<UInt32>, _ body: ([Int]) -> Void) {
        walk(ids: ids, tags: tags) { groups in
            for group in groups where group.count > 1 { body(group) }
        } single: { _ in }
    }

    /// A dense group number per row; rows with equal ids share one. Returns the numbers and how many.
    static func groupNumbers(ids: ByteStringList, tags: ChunkedColumn<UInt32>) -> (numbers: [UInt32], count: Int) {
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

    /// Sorts (tag, row) pairs packed in one integer, then hands each row whose
    /// tag is unique to `single`, and each run of rows sharing a tag, split into exact id groups
    /// (rows ascending), to `shared`.
    private static func walk(
        ids: ByteStringList, tags: ChunkedColumn<UInt32>, shared: ([[Int]]) -> Void, single: (Int) -> Void
    ) {
        let count = ids.count
        precondition(count < Int(UInt32.max), "more than 4 billion rows in one merchant's window")
        var keys = [UInt64]()
        keys.reserveCapacity(count)
        for row in 0..<count { keys.append(UInt64(tags[row]) << 32 | UInt64(row)) }
        keys.sort()
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
