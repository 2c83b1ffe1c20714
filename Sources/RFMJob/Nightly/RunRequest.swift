import RFMConfig
import RFMCore

/// What `rfm-nightly run` was asked to do.
public struct RunRequest: Sendable {
    public var asOf: CivilDate
    /// nil: every merchant found in the sources (see `RunPlan`).
    public var merchants: [String]?
    /// Each merchant's settings (source, window, scheme, exclusions, FX overrides, …): the
    /// configuration file's defaults and sections with the command line's overrides.
    public var settings: SettingsResolver

    public init(asOf: CivilDate, merchants: [String]? = nil, settings: SettingsResolver) {
        self.asOf = asOf
        self.merchants = merchants
        self.settings = settings
    }

    /// The same settings for every merchant, without a configuration file.
    public init(
        asOf: CivilDate, merchants: [String]? = nil, sourceName: String = SourceRelation.defaultName,
        settings: ScoringSettings = .default
    ) {
        self.init(
            asOf: asOf, merchants: merchants,
            settings: SettingsResolver(settings: EffectiveSettings(scoring: settings, source: sourceName))
        )
    }

    /// The source of every merchant the configuration does not give its own.
    public var sourceName: String { settings.defaults.source }
}

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
