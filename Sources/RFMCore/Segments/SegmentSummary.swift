/// The figures a marketer reads first (seed 000's five tiles, less the trend, which needs history).
public struct SegmentSummary: Sendable, Equatable {
    public var customersScored: Int
    /// Every segment of the scheme, in scheme order, with its count (zero included).
    public var segmentCounts: [(segment: String, count: Int)]
    public var championCount: Int
    public var atRiskCount: Int
    public var totalMonetaryCents: Int64
    public var totalPredictiveLTVCents: Int64

    public init(scores: some Collection<CustomerScore>, scheme: SegmentScheme) {
        customersScored = scores.count
        var counts: [String: Int] = [:]
        var monetary: Int64 = 0, predicted: Int64 = 0
        for score in scores {
            counts[score.segment, default: 0] += 1
            monetary += score.measures.monetaryCents
            predicted += score.predictiveLTVCents
        }
        segmentCounts = scheme.segments.map { ($0, counts[$0] ?? 0) }
        championCount = counts[scheme.championSegment] ?? 0
        atRiskCount = counts[scheme.atRiskSegment] ?? 0
        totalMonetaryCents = monetary
        totalPredictiveLTVCents = predicted
    }

    /// Mean predictive LTV in cents, rounded half away from zero; 0 with no customers.
    public var averagePredictiveLTVCents: Int64 { Cents.average(totalPredictiveLTVCents, over: customersScored) }

    /// Champions as a percentage with one decimal, e.g. "12.5"; "0.0" with no customers.
    public var championPercent: String { Self.percent(championCount, of: customersScored) }

    public static func percent(_ part: Int, of whole: Int) -> String {
        guard whole > 0 else { return "0.0" }
        let tenths = Int(Cents.divideRounded(Int128(part) * 1000, by: Int128(whole)))
        return "\(tenths / 10).\(tenths % 10)"
    }

    public static func == (lhs: SegmentSummary, rhs: SegmentSummary) -> Bool {
        lhs.customersScored == rhs.customersScored && lhs.championCount == rhs.championCount
            && lhs.atRiskCount == rhs.atRiskCount && lhs.totalMonetaryCents == rhs.totalMonetaryCents
            && lhs.totalPredictiveLTVCents == rhs.totalPredictiveLTVCents
            && lhs.segmentCounts.map(\.segment) == rhs.segmentCounts.map(\.segment)
            && lhs.segmentCounts.map(\.count) == rhs.segmentCounts.map(\.count)
    }
}
