import RFMConfig
import RFMCore

/// What `rfm-nightly backtest` was asked.
public struct BacktestRequest: Sendable {
    public var merchant: String
    /// D: the calibration is the purchases before D; the holdout is [D, D + holdoutDays).
    public var calibrationEnd: CivilDate
    public var holdoutDays: Int
    /// Settings as for a nightly run: source, window, kinds, exclusions, FX overrides.
    public var settings: SettingsResolver

    public init(merchant: String, calibrationEnd: CivilDate, holdoutDays: Int, settings: SettingsResolver) {
        self.merchant = merchant
        self.calibrationEnd = calibrationEnd
        self.holdoutDays = holdoutDays
        self.settings = settings
    }

    /// Without a configuration file.
    public init(
        merchant: String, calibrationEnd: CivilDate, holdoutDays: Int, sourceName: String = SourceRelation.defaultName,
        settings: ScoringSettings = .default
    ) {
        self.init(
            merchant: merchant, calibrationEnd: calibrationEnd, holdoutDays: holdoutDays,
            settings: SettingsResolver(settings: EffectiveSettings(scoring: settings, source: sourceName))
        )
    }

    public var holdoutEnd: CivilDate { calibrationEnd.adding(days: holdoutDays) }
}
