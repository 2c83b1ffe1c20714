import Testing
@testable import RFMCore

/// SPEC §4: quintile = ceil(5·c/N), c = customers no better than this one (itself included).
@Suite struct QuintilesTests {
    @Test func distinctValuesSpreadOverAllFiveScores() {
        // N = 5, c = 1…5, so ceil(5c/5) = c.
        #expect(Quintiles.scores([10, 50, 30, 20, 40], better: .higher) == [1, 5, 3, 2, 4])
        // N = 10: c = 1…10 -> ceil(c/2) = 1,1,2,2,3,3,4,4,5,5.
        #expect(Quintiles.scores(Array(1...10), better: .higher) == [1, 1, 2, 2, 3, 3, 4, 4, 5, 5])
    }

    @Test func tiesShareAScore() {
        // values 10,20,20,30,40: c = 1,3,3,4,5.
        #expect(Quintiles.scores([10, 20, 20, 30, 40], better: .higher) == [1, 3, 3, 4, 5])
        // N = 4, values 1,2,2,2: c = 1,4,4,4 -> ceil(5/4)=2, ceil(20/4)=5.
        #expect(Quintiles.scores([1, 2, 2, 2], better: .higher) == [2, 5, 5, 5])
    }

    @Test func everyoneTiedScoresFive() {
        #expect(Quintiles.scores([7, 7, 7, 7], better: .higher) == [5, 5, 5, 5])
        #expect(Quintiles.scores([30, 30], better: .lower) == [5, 5])
        #expect(Quintiles.scores([1], better: .higher) == [5])
        #expect(Quintiles.scores([], better: .higher) == [])
    }

    /// The seed's FAQ: with a skewed distribution one-time buyers score 2–3. With 55 % buying
    /// once, c = 0.55·N for all of them: ceil(2.75) = 3.
    @Test func aOnePurchaseMajorityAllScoresThree() {
        let frequencies = Array(repeating: 1, count: 11) + [2, 2, 2, 3, 3, 4, 5, 6, 8, 12]
        let scores = Quintiles.scores(frequencies, better: .higher)
        #expect(scores.prefix(11).allSatisfy { $0 == 3 })
        // the 2s: c = 14 of 20 -> ceil(3.5) = 4; the 12 is best -> 5.
        #expect(scores[11] == 4)
        #expect(scores.last == 5)
    }

    @Test func fewerRecencyDaysIsBetter() {
        // recency 1,5,5,30,200: c = #{j : r_j ≥ r_i} = 5,4,4,2,1.
        #expect(Quintiles.scores([1, 5, 5, 30, 200], better: .lower) == [5, 4, 4, 2, 1])
    }

    @Test func bestValueAlwaysScoresFive() {
        for count in 1...40 {
            let values = (0..<count).map { ($0 * 7919) % 13 }
            let scores = Quintiles.scores(values, better: .higher)
            let best = values.max()!
            for (value, score) in zip(values, scores) where value == best { #expect(score == 5) }
            #expect(scores.allSatisfy { (1...5).contains($0) })
        }
    }
}
