import RFMConfig
import RFMCore

/// How one merchant's backfill went.
public struct BackfillOutcome: Sendable {
    public let merchant: String
    public let from: CivilDate
    public let to: CivilDate
    public let scheme: String
    /// SHA-256 of the effective settings, as recorded with every date in `rfm_runs`.
    public var settingsHash: String?
    public var settings: EffectiveSettings?
    /// What reading found, over the whole read.
    public var quality = DataQuality()
    public var dates: [DateOutcome] = []
    /// Dates left alone because a succeeded run with the same settings already wrote them.
    public var skippedDates: [CivilDate] = []
    public var dryRun = false
    public var timings = PhaseTimings()
    public var failure: JobFailure?
    /// With `--share`: another process held the merchant (parked, not reported).
    var heldElsewhere = false

    public var succeeded: Bool { failure == nil }

    public struct DateOutcome: Sendable {
        public let asOf: CivilDate
        public let runID: Int64?
        public let summary: SegmentSummary
        public let quality: DataQuality
        public let wroteCurrent: Bool
    }
}

extension BackfillOutcome: MerchantResult {
    static func notAttempted(merchant: String, because failure: JobFailure) -> BackfillOutcome {
        var outcome = BackfillOutcome(merchant: merchant, from: CivilDate(unixDay: 0), to: CivilDate(unixDay: 0), scheme: "")
        outcome.failure = failure
        return outcome
    }
}
