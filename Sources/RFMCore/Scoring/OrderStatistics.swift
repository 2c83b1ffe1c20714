/// The values at a few positions of a collection's ascending order, found without sorting it.
///
/// A histogram of each value's offset from the minimum, on its top 16 significant bits, puts
/// every asked-for position in one bucket; only that bucket's values are gathered and looked at
/// again, on the bits below. Days and purchase counts span fewer than 65,536 values, so one
/// histogram settles them (a bucket is one value); cents need a second look at a few thousand.
/// Two or three passes over the values, where a sort would take twenty and a copy.
enum OrderStatistics {
    static let bucketBits = 16

    /// Up to this many values are simply sorted: a histogram of 65,536 buckets costs more to
    /// clear than a fleet's small merchant has customers.
    static let sortedUpTo = 4096

    /// The values at sorted positions `ranks` (each in `0..<count`), in the order asked;
    /// `value(i)` reads the collection's i-th value.
    static func values(at ranks: [Int], count: Int, value: (Int) -> Int) -> [Int] {
        precondition(ranks.allSatisfy { (0..<count).contains($0) }, "a rank outside the collection")
        guard !ranks.isEmpty else { return [] }
        if count <= sortedUpTo {
            let sorted = (0..<count).map(value).sorted()
            return ranks.map { sorted[$0] }
        }
        var low = Int.max, high = Int.min
        for index in 0..<count {
            let current = value(index)
            low = min(low, current)
            high = max(high, current)
        }
        // high − low can exceed Int.max; as a wrapped bit pattern it is the exact UInt64 distance.
        let span = UInt64(bitPattern: Int64(high &- low))
        let shift = max(0, (UInt64.bitWidth - span.leadingZeroBitCount) - bucketBits)
        @inline(__always) func bucket(_ value: Int) -> Int { Int(UInt64(bitPattern: Int64(value &- low)) >> shift) }

        var sizes = [Int](repeating: 0, count: Int(span >> shift) + 1)
        for index in 0..<count { sizes[bucket(value(index))] += 1 }

        var results = [Int](repeating: 0, count: ranks.count)
        // Walks the buckets once, in rank order; ranks in one bucket share its gathered values.
        var current = 0, before = 0
        var gathered: (bucket: Int, values: [Int])?
        for slot in ranks.indices.sorted(by: { ranks[$0] < ranks[$1] }) {
            let rank = ranks[slot]
            while before + sizes[current] <= rank {
                before += sizes[current]
                current += 1
            }
            if shift == 0 {
                results[slot] = low &+ current  // the bucket is one value
                continue
            }
            if gathered?.bucket != current {
                var members: [Int] = []
                members.reserveCapacity(sizes[current])
                for index in 0..<count where bucket(value(index)) == current { members.append(value(index)) }
                gathered = (current, members)
            }
            let members = gathered!.values
            results[slot] = values(at: [rank - before], count: members.count) { members[$0] }[0]
        }
        return results
    }
}
