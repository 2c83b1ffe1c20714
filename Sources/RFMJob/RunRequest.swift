import RFMCore

/// What `rfm-nightly run` was asked to do.
public struct RunRequest: Sendable {
    public var asOf: CivilDate
    /// nil: every merchant found in the source.
    public var merchants: [String]?
    public var sourceName: String
    public var settings: ScoringSettings

    public init(
        asOf: CivilDate, merchants: [String]? = nil, sourceName: String = SourceRelation.defaultName,
        settings: ScoringSettings = .default
    ) {
        self.asOf = asOf
        self.merchants = merchants
        self.sourceName = sourceName
        self.settings = settings
    }
}

/// How one merchant's run went: what the summary prints and the tests check.
public struct MerchantOutcome: Sendable {
    public let merchant: String
    public let asOf: CivilDate
    public let scheme: String
    public var runID: Int64?
    public var summary: SegmentSummary?
    public var quality = DataQuality()
    public var wroteHistory = false
    public var wroteCurrent = false
    /// An older as-of than `customer_ltv` holds: history was written, the current state kept.
    public var keptNewerCurrent = false
    public var dryRun = false
    public var timings = PhaseTimings()
    public var failure: JobFailure?
    /// With `--ltv-model bgnbd`: the fit and its outputs.
    public var model: ModelRunSummary?

    public var succeeded: Bool { failure == nil }
}

extension MerchantOutcome: MerchantResult {
    static func notAttempted(merchant: String, because failure: JobFailure) -> MerchantOutcome {
        var outcome = MerchantOutcome(merchant: merchant, asOf: CivilDate(unixDay: 0), scheme: "")
        outcome.failure = failure
        return outcome
    }
}

/// Where a merchant's time went.
public struct PhaseTimings: Sendable {
    public var read: Duration = .zero
    public var score: Duration = .zero
    public var write: Duration = .zero
    public var total: Duration = .zero
}
