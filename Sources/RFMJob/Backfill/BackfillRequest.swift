import RFMConfig
import RFMCore

/// What `rfm-nightly backfill` was asked to do: history for every date in a range.
public struct BackfillRequest: Sendable {
    public var from: CivilDate
    public var to: CivilDate
    public var merchants: [String]?
    /// Each merchant's settings, as for `run`.
    public var settings: SettingsResolver
    /// Recompute dates already written with the same settings (by default they are skipped, so
    /// an interrupted backfill, run again, continues where it stopped).
    public var redo: Bool

    public init(from: CivilDate, to: CivilDate, merchants: [String]? = nil, settings: SettingsResolver, redo: Bool = false) {
        self.from = from
        self.to = to
        self.merchants = merchants
        self.settings = settings
        self.redo = redo
    }

    /// The same settings for every merchant, without a configuration file.
    public init(
        from: CivilDate, to: CivilDate, merchants: [String]? = nil, sourceName: String = SourceRelation.defaultName,
        settings: ScoringSettings = .default, redo: Bool = false
    ) {
        self.init(
            from: from, to: to, merchants: merchants,
            settings: SettingsResolver(settings: EffectiveSettings(scoring: settings, source: sourceName)), redo: redo
        )
    }

    public var dates: [CivilDate] { (0...to.days(since: from)).map { from.adding(days: $0) } }
}
