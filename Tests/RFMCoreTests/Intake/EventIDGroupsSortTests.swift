import Testing
@testable import RFMCore

/// A bucket's (tag, row) keys, radix-sorted on the tag, must come out in numeric order: the
/// order the comparison sort gave, which the grouping and the group numbers depend on.
@Suite struct EventIDGroupsSortTests {
    @Test func radixOrderIsNumericOrder() {
        var random = SplitMix64(state: 5)
        for (count, distinctTags) in [(0, 1), (1, 1), (1000, 7), (200_000, 1 << 28), (200_000, 3000)] {
            let bucket = UInt64(random.next() % 16)
            // Rows ascending, as gathered; tags share the bucket's top bits, many repeat.
            var keys = (0..<count).map { row in
                let tag = bucket << 28 | (random.next() % UInt64(distinctTags)) * 0x9E37 % (1 << 28)
                return tag << 32 | UInt64(row)
            }
            let expected = keys.sorted()
            var scratch: [UInt64] = []
            EventIDGroups.sortByTag(&keys, scratch: &scratch)
            #expect(keys == expected)
        }
    }
}
