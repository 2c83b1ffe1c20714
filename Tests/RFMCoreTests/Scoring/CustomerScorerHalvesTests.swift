import Testing
@testable import RFMCore

/// `CustomerScorer.score` splits its work over two cores: on enough customers to split, each
/// score must be what SPEC §4–§5 give customer by customer, in the input's order.
@Suite struct CustomerScorerHalvesTests {
    static func customers(count: Int, seed: UInt64) -> [CustomerMeasures] {
        var random = SplitMix64(state: seed)
        return (0..<count).map { index in
            CustomerMeasures(
                userKey: "c\(index)", recencyDays: 1 + Int(random.next() % 365),
                frequency: random.next() % 2 == 0 ? 1 : 1 + Int(random.next() % 30),
                monetaryCents: Int64(random.next() % 200_000), tenureDays: Int(random.next() % 900),
                firstPurchaseAt: 0, lastPurchaseAt: 0
            )
        }
    }

    @Test(arguments: [SegmentScheme.tracklayer, .classic])
    func everyScoreIsTheSpecsOne(scheme: SegmentScheme) throws {
        let settings = ScoringSettings(weights: RFMWeights(recency: 2000, frequency: 5000, monetary: 3000)!, scheme: scheme)
        let customers = Self.customers(count: 100_001, seed: 3)
        let scores = try CustomerScorer(settings: settings).score(customers)
        let recency = QuintileCutsTests.reference(customers.map(\.recencyDays), better: .lower)
        let frequency = QuintileCutsTests.reference(customers.map(\.frequency), better: .higher)
        let monetary = QuintileCutsTests.reference(customers.map { Int($0.monetaryCents) }, better: .higher)
        let ltv = PredictiveLTV(horizonDays: 365, windowDays: 365)
        #expect(scores.count == customers.count)
        var mismatches = 0
        for (index, customer) in customers.enumerated() {
            let score = scores[index]
            let r = Int(recency[index]), f = Int(frequency[index]), m = Int(monetary[index])
            let composite = settings.weights.composite(r: r, f: f, m: m)
            let expected = CustomerScore(
                measures: customer, recencyScore: r, frequencyScore: f, monetaryScore: m, rfmScore: composite,
                segment: scheme.segment(r: r, f: f, m: m, score: composite)!,
                predictiveLTVCents: ltv.cents(monetaryCents: customer.monetaryCents, recencyDays: customer.recencyDays, tenureDays: customer.tenureDays)!
            )
            if score != expected { mismatches += 1 }
        }
        #expect(mismatches == 0)
    }

    /// Both halves hold a customer whose LTV overflows: the error names the first in order.
    @Test func anOverflowNamesTheFirstCustomer() throws {
        var customers = Self.customers(count: 40_000, seed: 5)
        for index in [30_000, 25_000] { customers[index].monetaryCents = .max }
        let scorer = try CustomerScorer(settings: ScoringSettings(horizonDays: 3650))
        #expect(throws: StoredRange.ValueTooLarge.self) { try scorer.score(customers) }
        do {
            _ = try scorer.score(customers)
        } catch let error as StoredRange.ValueTooLarge {
            #expect(error.userKey == "c25000")
        }
        customers[10].monetaryCents = .max
        do {
            _ = try scorer.score(customers)
        } catch let error as StoredRange.ValueTooLarge {
            #expect(error.userKey == "c10")
        }
    }
}
