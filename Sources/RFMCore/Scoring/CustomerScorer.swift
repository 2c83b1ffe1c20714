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
    ///
    /// The three quintile cuts are found at once (recency and frequency, whose histograms settle
    /// them, on one core; monetary, which takes a second look, on the other), then each half of
    /// the customers is scored on its own core. The values are read where they lie in the
    /// measures, not copied out.
    public func score(_ customers: [CustomerMeasures]) throws -> ScoredCustomers {
        let count = customers.count
        let ((recency, frequency), monetary) = ParallelHalves.both(count: count, {
            (
                Quintiles.Cuts(count: count, better: .lower) { customers[$0].recencyDays },
                Quintiles.Cuts(count: count, better: .higher) { customers[$0].frequency }
            )
        }, {
            Quintiles.Cuts(count: count, better: .higher) { Int(customers[$0].monetaryCents) }
        })
        let cuts = QuintileCuts(recency: recency, frequency: frequency, monetary: monetary)
        let (first, second) = ParallelHalves.both(
            count: count, { scoreColumns(customers, 0..<count / 2, cuts: cuts) }, { scoreColumns(customers, count / 2..<count, cuts: cuts) }
        )
        if let failed = first.tooLarge ?? second.tooLarge {
            throw StoredRange.ValueTooLarge(userKey: customers[failed.index].userKey, column: failed.column)
        }
        var columns = first
        columns.append(second)
        return ScoredCustomers(
            measures: customers, recency: columns.recency, frequency: columns.frequency, monetary: columns.monetary,
            rfmScores: columns.composite, segmentIndex: columns.segment, predictiveLTV: columns.predicted, segments: segments
        )
    }

    struct QuintileCuts: Sendable {
        let recency: Quintiles.Cuts, frequency: Quintiles.Cuts, monetary: Quintiles.Cuts
    }

    /// The scores of the customers in `range`; stops at the first whose monetary or predictive
    /// LTV the outputs cannot hold (`StoredRange`).
    private func scoreColumns(_ customers: [CustomerMeasures], _ range: Range<Int>, cuts: QuintileCuts) -> ScoreColumns {
        var columns = ScoreColumns(capacity: range.count)
        for index in range {
            let measures = customers[index]
            let r = cuts.recency.score(measures.recencyDays), f = cuts.frequency.score(measures.frequency)
            let m = cuts.monetary.score(Int(measures.monetaryCents))
            guard measures.monetaryCents <= StoredRange.maximumCents else {
                columns.tooLarge = (index, "monetary")
                break
            }
            guard let cents = ltv.cents(
                monetaryCents: measures.monetaryCents, recencyDays: measures.recencyDays, tenureDays: measures.tenureDays
            ), cents <= StoredRange.maximumCents else {
                columns.tooLarge = (index, "predictive_ltv")
                break
            }
            columns.recency.append(r)
            columns.frequency.append(f)
            columns.monetary.append(m)
            columns.composite.append(UInt8(settings.weights.composite(r: Int(r), f: Int(f), m: Int(m))))
            columns.segment.append(segmentTable[(Int(r) - 1) * 25 + (Int(f) - 1) * 5 + (Int(m) - 1)])
            columns.predicted.append(cents)
        }
        return columns
    }
}
