extension SegmentScheme {
    /// The seed's five segments on the composite score (SPEC §4). With the default weights
    /// `new` only happens for R = F = M = 1: a quirk of the seed, kept as specified.
    public static let tracklayer = SegmentScheme(
        name: "tracklayer",
        rules: [
            SegmentRule("champion", score: 81...100),
            SegmentRule("loyal", score: 61...80),
            SegmentRule("at_risk", score: 41...60),
            SegmentRule("lost", score: 21...40),
            SegmentRule("new", score: 0...20),
        ],
        championSegment: "champion",
        atRiskSegment: "at_risk"
    )

    /// The ten segments of seed 001 on R × F (SPEC §4's table).
    public static let classic = SegmentScheme(
        name: "classic",
        rules: [
            SegmentRule("champions", recency: 5...5, frequency: 4...5),
            SegmentRule("recent", recency: 5...5, frequency: 1...1),
            SegmentRule("potential_loyalist", recency: 4...5, frequency: 2...3),
            SegmentRule("loyal", recency: 3...4, frequency: 4...5),
            SegmentRule("promising", recency: 4...4, frequency: 1...1),
            SegmentRule("need_attention", recency: 3...3, frequency: 3...3),
            SegmentRule("about_to_sleep", recency: 3...3, frequency: 1...2),
            SegmentRule("cant_lose", recency: 1...2, frequency: 5...5),
            SegmentRule("at_risk", recency: 1...2, frequency: 3...4),
            SegmentRule("hibernating", recency: 1...2, frequency: 1...2),
        ],
        championSegment: "champions",
        atRiskSegment: "at_risk"
    )

    /// The five lifecycle segments of seed 002, in its order, on R, F and M (the reasons are in
    /// docs/DECISIONS.md). First match wins; the rules cover all 125 combinations, no fallback.
    public static let lifecycle = SegmentScheme(
        name: "lifecycle",
        rules: [
            // "Customers that bought recently, ordered often, and spent the most."
            SegmentRule("champions", recency: 4...5, frequency: 4...5, monetary: 4...5),
            // "Orders regularly." Frequent, not lapsed, not small spenders.
            SegmentRule("regulars", recency: 3...5, frequency: 3...5, monetary: 3...5),
            // "Customers who regularly buy for a small amount …"
            SegmentRule("promising", recency: 3...5, frequency: 3...5, monetary: 1...2),
            // "… or have recently bought for a large amount." (and any recent buyer with few orders)
            SegmentRule("promising", recency: 4...5, frequency: 1...2),
            // "Customers who have bought many times for large sums but no longer now."
            SegmentRule("needs_attention", recency: 1...2, frequency: 3...5, monetary: 3...5),
            // "Customers who made smaller and infrequent purchases before but haven't purchased
            // anything long." (every other lapsed customer, and middling recency with few orders)
            SegmentRule("at_risk", recency: 1...2),
            SegmentRule("at_risk", recency: 3...3, frequency: 1...2),
        ],
        championSegment: "champions",
        atRiskSegment: "at_risk"
    )

    public static let builtIn: [SegmentScheme] = [.tracklayer, .classic, .lifecycle]

    public static func builtIn(named name: String) -> SegmentScheme? {
        builtIn.first { $0.name == name }
    }
}
