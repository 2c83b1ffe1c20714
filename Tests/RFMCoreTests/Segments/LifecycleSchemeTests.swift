import Testing
@testable import RFMCore

/// The `lifecycle` scheme: seed 002's five segments, with the rules docs/DECISIONS.md explains.
@Suite struct LifecycleSchemeTests {
    static func segment(_ r: Int, _ f: Int, _ m: Int) -> String? {
        SegmentScheme.lifecycle.segment(r: r, f: f, m: m, score: 7 * r + 8 * f + 5 * m)
    }

    @Test func coversEveryCombinationWithoutAFallback() {
        #expect(SegmentScheme.lifecycle.fallback == nil)
        #expect(SegmentScheme.lifecycle.unmatchedCombinations(weights: .tracklayer).isEmpty)
        #expect(SegmentScheme.lifecycle.segments == ["champions", "regulars", "promising", "needs_attention", "at_risk"])
        // No score rule: any weights give the same segments.
        let other = RFMWeights(recency: 1000, frequency: 1000, monetary: 8000)!
        #expect(SegmentScheme.lifecycle.unmatchedCombinations(weights: other).isEmpty)
    }

    /// One customer per description in seed 002, and the boundaries between them.
    @Test(arguments: [
        (5, 5, 5, "champions"), (4, 4, 4, "champions"),             // recent, often, the most
        (3, 5, 5, "regulars"), (5, 3, 3, "regulars"), (4, 4, 3, "regulars"),  // orders regularly
        (5, 5, 1, "promising"), (3, 3, 2, "promising"),             // regularly, for a small amount
        (5, 1, 5, "promising"), (4, 2, 4, "promising"),             // recently, for a large amount
        (5, 1, 1, "promising"),                                     // a recent first order
        (2, 5, 5, "needs_attention"), (1, 3, 3, "needs_attention"), // many times, large sums, not now
        (1, 1, 1, "at_risk"), (2, 2, 5, "at_risk"), (2, 5, 2, "at_risk"), // small or infrequent, long ago
        (3, 1, 5, "at_risk"), (3, 2, 1, "at_risk"),                 // middling recency, few orders
    ])
    func seedDescriptions(r: Int, f: Int, m: Int, segment: String) {
        #expect(Self.segment(r, f, m) == segment, "R\(r) F\(f) M\(m)")
    }

    /// Counts over the 125 combinations, worked out from the rules: champions 2·2·2 = 8;
    /// regulars 3·3·3 − 8 = 19; promising 3·3·2 + 2·2·5 = 38; needs_attention 2·3·3 = 18;
    /// at_risk 2·25 − 18 + 1·2·5 = 42.
    @Test func segmentSizes() {
        var counts: [String: Int] = [:]
        for (r, f, m) in SegmentScheme.allCombinations { counts[Self.segment(r, f, m)!, default: 0] += 1 }
        #expect(counts == ["champions": 8, "regulars": 19, "promising": 38, "needs_attention": 18, "at_risk": 42])
    }
}
