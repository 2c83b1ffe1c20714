/// A segmentation scheme as data: ordered rules over the R, F, M quintiles and the composite
/// score; the first rule that matches names the segment (SPEC §4). No scheme is a code branch.
public struct SegmentScheme: Sendable, Equatable {
    public var name: String
    public var rules: [SegmentRule]
    /// The segment of a combination no rule matches; nil means every combination must match.
    public var fallback: String?
    /// Which segments the summary's "champion %" and "at-risk count" tiles count.
    public var championSegment: String
    public var atRiskSegment: String

    public init(name: String, rules: [SegmentRule], fallback: String? = nil, championSegment: String, atRiskSegment: String) {
        self.name = name
        self.rules = rules
        self.fallback = fallback
        self.championSegment = championSegment
        self.atRiskSegment = atRiskSegment
    }

    /// Every segment the scheme can assign, in rule order (fallback last).
    public var segments: [String] {
        var seen: [String] = []
        for segment in rules.map(\.segment) + [fallback].compactMap({ $0 }) where !seen.contains(segment) {
            seen.append(segment)
        }
        return seen
    }

    public func segment(r: Int, f: Int, m: Int, score: Int) -> String? {
        rules.first { $0.matches(r: r, f: f, m: m, score: score) }?.segment ?? fallback
    }

    /// Every (R, F, M) that no rule matches under these weights; must be empty without a fallback.
    public func unmatchedCombinations(weights: RFMWeights) -> [(r: Int, f: Int, m: Int)] {
        guard fallback == nil else { return [] }
        return Self.allCombinations.filter { combination in
            let score = weights.composite(r: combination.r, f: combination.f, m: combination.m)
            return segment(r: combination.r, f: combination.f, m: combination.m, score: score) == nil
        }
    }

    /// The 125 quintile combinations, R-major.
    public static let allCombinations: [(r: Int, f: Int, m: Int)] =
        (1...5).flatMap { r in (1...5).flatMap { f in (1...5).map { m in (r, f, m) } } }
}
