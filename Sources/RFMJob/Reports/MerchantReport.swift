import RFMCore

/// What `rfm-nightly report` shows for one merchant and one snapshot: seed 000's five tiles, the
/// segment distribution, the score histogram, movement since the previous snapshot and the
/// trend over recent snapshots. Money in cents throughout; the renderers format it.
public struct MerchantReport: Sendable, Equatable {
    public var merchant: String
    public var asOf: CivilDate
    public var scheme: String
    public var championSegment: String
    public var atRiskSegment: String
    public var customersScored: Int
    public var totalMonetaryCents: Int64
    public var totalPredictiveLTVCents: Int64
    /// Scheme segments first, in scheme order (zero counts included), then any others found.
    public var segments: [SegmentRow]
    public var histogram: [HistogramBin]
    public var trend: MonetaryTrend?
    public var movement: Movement?
    /// Snapshots in the chart's window, oldest first, ending with `asOf`.
    public var series: [SeriesPoint]

    public struct SegmentRow: Sendable, Equatable {
        public var segment: String
        public var customers: Int
        public var monetaryCents: Int64
        public var predictiveLTVCents: Int64
    }

    /// Customers whose rfm_score is in from…to.
    public struct HistogramBin: Sendable, Equatable {
        public var from: Int
        public var to: Int
        public var customers: Int
    }

    /// The tile "LTV trend (30d)": Σ monetary now against the base snapshot.
    public struct MonetaryTrend: Sendable, Equatable {
        public var baseDate: CivilDate
        public var baseMonetaryCents: Int64
    }

    /// Customers by (segment at the previous snapshot, segment now); nil is "not scored".
    public struct Movement: Sendable, Equatable {
        public var previousAsOf: CivilDate
        public var cells: [Cell]

        public struct Cell: Sendable, Equatable {
            public var from: String?
            public var to: String?
            public var customers: Int
        }

        public func customers(from: String?, to: String?) -> Int {
            cells.first { $0.from == from && $0.to == to }?.customers ?? 0
        }
    }

    public struct SeriesPoint: Sendable, Equatable {
        public var asOf: CivilDate
        public var customers: Int
        public var monetaryCents: Int64
    }

    // MARK: - Derived figures, shared by every format

    public var championCount: Int { segments.first { $0.segment == championSegment }?.customers ?? 0 }
    public var atRiskCount: Int { segments.first { $0.segment == atRiskSegment }?.customers ?? 0 }
    public var championPercent: String { SegmentSummary.percent(championCount, of: customersScored) }

    /// Mean predictive LTV, rounded half away from zero; 0 with no customers.
    public var averagePredictiveLTVCents: Int64 { Self.average(totalPredictiveLTVCents, over: customersScored) }

    public static func average(_ totalCents: Int64, over count: Int) -> Int64 { Cents.average(totalCents, over: count) }

    /// Σ monetary now − Σ monetary at the base snapshot.
    public var trendChangeCents: Int64? { trend.map { totalMonetaryCents - $0.baseMonetaryCents } }

    /// The change as a percentage of the base with one decimal ("14.3", "-2.0"); nil when the base is 0.
    public var trendChangePercent: String? {
        guard let trend, trend.baseMonetaryCents != 0, let change = trendChangeCents else { return nil }
        let tenths = Cents.divideRounded(Int128(change) * 1000, by: Int128(trend.baseMonetaryCents))
        let sign = tenths < 0 ? "-" : ""
        return "\(sign)\(tenths.magnitude / 10).\(tenths.magnitude % 10)"
    }

    /// The histogram's bins: 11–20, 21–30, …, 91–100, which line up with the tracklayer
    /// segments' bounds (20, 40, 60, 80). The composite is never below 20.
    public static let histogramBins: [ClosedRange<Int>] = (1...9).map { ($0 * 10 + 1)...($0 * 10 + 10) }

    public static func histogram(scoreCounts: [Int: Int]) -> [HistogramBin] {
        histogramBins.map { bin in
            HistogramBin(from: bin.lowerBound, to: bin.upperBound, customers: bin.reduce(0) { $0 + (scoreCounts[$1] ?? 0) })
        }
    }
}
