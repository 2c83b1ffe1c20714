import Testing
@testable import RFMCore

/// The cuts (four order statistics, `OrderStatistics`) against SPEC §4 computed the plain way:
/// sort a copy, count for each value the values no better than it by binary search.
@Suite struct QuintileCutsTests {
    static func reference(_ values: [Int], better: Quintiles.Better) -> [UInt8] {
        let sorted = values.sorted()
        func firstIndex(where isPast: (Int) -> Bool) -> Int {
            var low = 0, high = sorted.count
            while low < high {
                let middle = (low + high) / 2
                if isPast(sorted[middle]) { high = middle } else { low = middle + 1 }
            }
            return low
        }
        return values.map { value in
            let noBetter = switch better {
            case .higher: firstIndex { $0 > value }
            case .lower: sorted.count - firstIndex { $0 >= value }
            }
            return Quintiles.score(noBetter: noBetter, of: values.count)
        }
    }

    /// Value sets with many ties, narrow and wide ranges, the integer extremes and a few whales.
    static func samples(count: Int, seed: UInt64) -> [[Int]] {
        var random = SplitMix64(state: seed)
        return [
            (0..<count).map { _ in 1 + Int(random.next() % 365) },                        // recency days
            (0..<count).map { _ in random.next() % 3 == 0 ? 1 : 1 + Int(random.next() % 40) }, // frequency
            (0..<count).map { _ in Int(random.next() % 5_000_000) },                      // cents
            (0..<count).map { _ in random.next() % 100 == 0 ? Int(random.next() >> 1) : Int(random.next() % 1000) },
            (0..<count).map { _ in [Int.min, -1, 0, 1, Int.max][Int(random.next() % 5)] },
            (0..<count).map { _ in Int(bitPattern: UInt(random.next())) },
            Array(repeating: 42, count: count),
        ]
    }

    @Test(arguments: [Quintiles.Better.higher, .lower])
    func matchesTheReferenceOnSmallSets(better: Quintiles.Better) {
        for count in 1...60 {
            for values in Self.samples(count: count, seed: UInt64(count)) {
                #expect(Quintiles.scores(values, better: better) == Self.reference(values, better: better))
            }
        }
    }

    @Test(arguments: [Quintiles.Better.higher, .lower])
    func matchesTheReferenceOnLargeSets(better: Quintiles.Better) {
        for values in Self.samples(count: 300_000, seed: 99) {
            #expect(Quintiles.scores(values, better: better) == Self.reference(values, better: better))
        }
    }

    @Test func orderStatisticsAreTheSortedValues() {
        for values in Self.samples(count: 50_000, seed: 7) {
            let sorted = values.sorted()
            let ranks = [0, 17, 49_999, 25_000, 25_000, 10_001]
            #expect(OrderStatistics.values(at: ranks, count: values.count) { values[$0] } == ranks.map { sorted[$0] })
        }
    }
}
