import RFMConfig
import RFMCore

/// How one merchant's run went: what the summary prints and the tests check.
public struct MerchantOutcome: Sendable {
    public let merchant: String
    public let asOf: CivilDate
    public let scheme: String
    public var runID: Int64?
    /// SHA-256 of the effective settings (`SettingsFingerprint`), as recorded in `rfm_runs`.
    public var settingsHash: String?
    public var settings: EffectiveSettings?
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
    /// With `--share`: another process had already scored the merchant for this date with these
    /// settings (its run, host and pid), so this one left it alone.
    public var scoredElsewhere: ScoredElsewhere?
    /// With `--share`: another process held the merchant (parked, not reported).
    var heldElsewhere = false

    public var succeeded: Bool { failure == nil }
}

extension MerchantOutcome: MerchantResult {
    static func notAttempted(merchant: String, because failure: JobFailure) -> MerchantOutcome {
        var outcome = MerchantOutcome(merchant: merchant, asOf: CivilDate(unixDay: 0), scheme: "")
        outcome.failure = failure
        return outcome
    }
}
