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
