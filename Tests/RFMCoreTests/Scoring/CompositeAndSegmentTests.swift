import Testing
@testable import RFMCore

@Suite struct CompositeAndSegmentTests {
    /// The seed's c_44f8: R4 F5 M4 -> (1.40 + 2.00 + 1.00) × 20 = 88 -> champion.
    @Test func seedExampleC44f8() {
        let score = RFMWeights.tracklayer.composite(r: 4, f: 5, m: 4)
        #expect(score == 88)
        #expect(SegmentScheme.tracklayer.segment(r: 4, f: 5, m: 4, score: score) == "champion")
    }

    @Test func defaultWeightsAreSevenEightFive() {
        for (r, f, m) in SegmentScheme.allCombinations {
            #expect(RFMWeights.tracklayer.composite(r: r, f: f, m: m) == 7 * r + 8 * f + 5 * m)
        }
        #expect(RFMWeights.tracklayer.composite(r: 1, f: 1, m: 1) == 20)
        #expect(RFMWeights.tracklayer.composite(r: 5, f: 5, m: 5) == 100)
    }

    @Test func otherWeightsRoundHalfAwayFromZero() throws {
        // 20 × (0.3333·1 + 0.3333·1 + 0.3334·2) = 26.668 -> 27
        let weights = try #require(RFMWeights(recency: 3333, frequency: 3333, monetary: 3334))
        #expect(weights.composite(r: 1, f: 1, m: 2) == 27)
        // 20 × (0.125·1 + 0.125·1 + 0.75·1)... exact 20; 20 × (0.125·2 + 0.125·1 + 0.75·1) = 22.5 -> 23
        let eighths = try #require(RFMWeights(recency: 1250, frequency: 1250, monetary: 7500))
        #expect(eighths.composite(r: 2, f: 1, m: 1) == 23)
        #expect(RFMWeights(recency: 5000, frequency: 5000, monetary: 0) == nil)
        #expect(RFMWeights(recency: 4000, frequency: 4000, monetary: 4000) == nil)
        #expect(RFMWeights.tracklayer.description == "0.35/0.4/0.25")
    }

    @Test(arguments: [
        (100, "champion"), (81, "champion"), (80, "loyal"), (61, "loyal"), (60, "at_risk"),
        (41, "at_risk"), (40, "lost"), (21, "lost"), (20, "new"),
    ])
    func tracklayerBoundaries(score: Int, segment: String) {
        #expect(SegmentScheme.tracklayer.segment(r: 3, f: 3, m: 3, score: score) == segment)
    }

    /// With default weights `new` happens only for R = F = M = 1 (SPEC §4's noted quirk).
    @Test func tracklayerNewOnlyForAllOnes() {
        let news = SegmentScheme.allCombinations.filter { c in
            SegmentScheme.tracklayer.segment(r: c.r, f: c.f, m: c.m, score: 7 * c.r + 8 * c.f + 5 * c.m) == "new"
        }
        #expect(news.map { [$0.r, $0.f, $0.m] } == [[1, 1, 1]])
    }

    /// SPEC §4's classic table, cell by cell (rows R = 5…1, columns F = 1…5); M never matters.
    @Test func classicMatchesTheSpecTable() {
        let table: [Int: [String]] = [
            5: ["recent", "potential_loyalist", "potential_loyalist", "champions", "champions"],
            4: ["promising", "potential_loyalist", "potential_loyalist", "loyal", "loyal"],
            3: ["about_to_sleep", "about_to_sleep", "need_attention", "loyal", "loyal"],
            2: ["hibernating", "hibernating", "at_risk", "at_risk", "cant_lose"],
            1: ["hibernating", "hibernating", "at_risk", "at_risk", "cant_lose"],
        ]
        for (r, f, m) in SegmentScheme.allCombinations {
            let segment = SegmentScheme.classic.segment(r: r, f: f, m: m, score: 7 * r + 8 * f + 5 * m)
            #expect(segment == table[r]![f - 1], "R\(r) F\(f) M\(m)")
        }
        #expect(SegmentScheme.classic.segments.count == 10)
    }

    @Test func builtInSchemesCoverEveryCombination() {
        for scheme in SegmentScheme.builtIn {
            #expect(scheme.unmatchedCombinations(weights: .tracklayer).isEmpty, "\(scheme.name)")
        }
    }

    @Test func aSchemeWithAGapIsRejectedUnlessItHasAFallback() throws {
        var gappy = SegmentScheme(
            name: "gappy", rules: [SegmentRule("top", recency: 5...5)], championSegment: "top", atRiskSegment: "top"
        )
        #expect(gappy.unmatchedCombinations(weights: .tracklayer).count == 100)
        #expect(throws: CustomerScorer.UnmatchedCombination.self) {
            try CustomerScorer(settings: ScoringSettings(scheme: gappy))
        }
        gappy.fallback = "everyone_else"
        #expect(gappy.unmatchedCombinations(weights: .tracklayer).isEmpty)
        #expect(gappy.segment(r: 1, f: 1, m: 1, score: 20) == "everyone_else")
    }
}
