/// Scores one merchant's customers against each other (SPEC §4–§5). Pure: same input, same output.
public struct CustomerScorer: Sendable {
    public let settings: ScoringSettings
    let ltv: PredictiveLTV
    /// Index into `segments` for each (R, F, M), precomputed from the weights and the scheme's rules.
    let segmentTable: [UInt8]
    let segments: [String]

    public struct UnmatchedCombination: Error, CustomStringConvertible {
        public let scheme: String
        public let r: Int, f: Int, m: Int
        public var description: String {
            "segment scheme \(scheme) has no rule for R=\(r) F=\(f) M=\(m) and no fallback segment"
        }
    }

    public struct LTVOverflow: Error, CustomStringConvertible {
        public let userKey: String
        public var description: String { "customer \(userKey)'s predictive LTV does not fit 64-bit cents" }
    }

    public init(settings: ScoringSettings) throws {
        self.settings = settings
        ltv = PredictiveLTV(horizonDays: settings.horizonDays, windowDays: settings.windowDays)
        if let missing = settings.scheme.unmatchedCombinations(weights: settings.weights).first {
            throw UnmatchedCombination(scheme: settings.scheme.name, r: missing.r, f: missing.f, m: missing.m)
        }
        let segments = settings.scheme.segments
        precondition(segments.count <= Int(UInt8.max), "a scheme has at most 255 segments")
        self.segments = segments
        segmentTable = SegmentScheme.allCombinations.map { combination in
            let score = settings.weights.composite(r: combination.r, f: combination.f, m: combination.m)
            let segment = settings.scheme.segment(r: combination.r, f: combination.f, m: combination.m, score: score)!
            return UInt8(segments.firstIndex(of: segment)!)
        }
    }

    /// Scores every customer; the output is in the input's order.
    public func score(_ customers: [CustomerMeasures]) throws -> ScoredCustomers {
        let recency = Quintiles.scores(customers.map(\.recencyDays), better: .lower)
        let frequency = Quintiles.scores(customers.map(\.frequency), better: .higher)
        let monetary = Quintiles.scores(customers.map { Int($0.monetaryCents) }, better: .higher)
        var composite = [UInt8](repeating: 0, count: customers.count)
        var segment = [UInt8](repeating: 0, count: customers.count)
        var predicted = [Int64](repeating: 0, count: customers.count)
        for (index, measures) in customers.enumerated() {
            let r = Int(recency[index]), f = Int(frequency[index]), m = Int(monetary[index])
            guard let cents = ltv.cents(
                monetaryCents: measures.monetaryCents, recencyDays: measures.recencyDays, tenureDays: measures.tenureDays
            ) else { throw LTVOverflow(userKey: measures.userKey) }
            composite[index] = UInt8(settings.weights.composite(r: r, f: f, m: m))
            segment[index] = segmentTable[(r - 1) * 25 + (f - 1) * 5 + (m - 1)]
            predicted[index] = cents
        }
        return ScoredCustomers(
            measures: customers, recency: recency, frequency: frequency, monetary: monetary, rfmScores: composite,
            segmentIndex: segment, predictiveLTV: predicted, segments: segments
        )
    }
}
