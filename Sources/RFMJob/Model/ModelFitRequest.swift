import RFMConfig
import RFMCore

/// What `rfm-nightly fit` was asked: fit both models on one merchant's purchases before a date.
public struct ModelFitRequest: Sendable {
    public var merchant: String
    /// The cutoff: purchases before this date's midnight UTC.
    public var asOf: CivilDate
    /// Settings as for a nightly run: source, window, kinds, exclusions, FX overrides.
    public var settings: SettingsResolver

    public init(merchant: String, asOf: CivilDate, settings: SettingsResolver) {
        self.merchant = merchant
        self.asOf = asOf
        self.settings = settings
    }

    /// Without a configuration file.
    public init(merchant: String, asOf: CivilDate, sourceName: String = SourceRelation.defaultName, settings: ScoringSettings = .default) {
        self.init(merchant: merchant, asOf: asOf, settings: SettingsResolver(settings: EffectiveSettings(scoring: settings, source: sourceName)))
    }
}
