/// Scores one merchant's customers against each other (SPEC §4–§5). Pure: same input, same output.
public struct CustomerScorer: Sendable {
    public let settings: ScoringSettings
    let ltv: PredictiveLTV
    /// Segment for each (R, F, M), precomputed from the weights and the scheme's rules.
    let segmentTable: [String?]

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
        segmentTable = SegmentScheme.allCombinations.map { combination in
            let score = settings.weights.composite(r: combination.r, f: combination.f, m: combination.m)
            return settings.scheme.segment(r: combination.r, f: combination.f, m: combination.m, score: score)
        }
        if let missing = settings.scheme.unmatchedCombinations(weights: settings.weights).first {
            throw UnmatchedCombination(scheme: settings.scheme.name, r: missing.r, f: missing.f, m: missing.m)
        }
    }

    /// Scores every customer; the output is in the input's order.
    public func score(_ customers: [CustomerMeasures]) throws -> [CustomerScore] {
        let recency = Quintiles.scores(customers.map(\.recencyDays), better: .lower)
        let frequency = Quintiles.scores(customers.map(\.frequency), better: .higher)
        let monetary = Quintiles.scores(customers.map { Int($0.monetaryCents) }, better: .higher)
        var scores: [CustomerScore] = []
        scores.reserveCapacity(customers.count)
        for (index, measures) in customers.enumerated() {
            let r = Int(recency[index]), f = Int(frequency[index]), m = Int(monetary[index])
            guard let predicted = ltv.cents(
                monetaryCents: measures.monetaryCents, recencyDays: measures.recencyDays, tenureDays: measures.tenureDays
            ) else { throw LTVOverflow(userKey: measures.userKey) }
            scores.append(CustomerScore(
                measures: measures, recencyScore: r, frequencyScore: f, monetaryScore: m,
                rfmScore: settings.weights.composite(r: r, f: f, m: m),
                segment: segmentTable[(r - 1) * 25 + (f - 1) * 5 + (m - 1)]!,
                predictiveLTVCents: predicted
            ))
        }
        return scores
    }
}
