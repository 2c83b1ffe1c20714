import RFMCore

/// Everything one merchant's run uses besides its events and the `fx_rates` table: what the
/// built-in defaults, the configuration file (defaults, then the merchant's section) and the
/// command line add up to. What a run records, and hashes, in `rfm_runs`.
public struct EffectiveSettings: Sendable, Equatable {
    public var scoring: ScoringSettings
    /// Table or view the merchant's events are read from.
    public var source: String
    /// A relation of (merchant_id, user_key) whose customers are left out; nil for none.
    public var exclusionTable: String?
    /// Rates that replace the `fx_rates` table's for this merchant (USD millionths per unit).
    public var fxOverrides: [CurrencyCode: Int64]
    /// Where each value came from, for `config check`; not part of the settings' identity.
    public var origins: [SettingName: SettingOrigin]
    /// Where each FX override came from (they merge per currency across layers).
    public var fxOrigins: [CurrencyCode: SettingOrigin] = [:]

    public init(
        scoring: ScoringSettings = .default, source: String = EffectiveSettings.defaultSource,
        exclusionTable: String? = nil, fxOverrides: [CurrencyCode: Int64] = [:], origins: [SettingName: SettingOrigin] = [:]
    ) {
        self.scoring = scoring
        self.source = source
        self.exclusionTable = exclusionTable
        self.fxOverrides = fxOverrides
        self.origins = origins
    }

    public static let defaultSource = "purchase_events"
    public static let `default` = EffectiveSettings()

    public func origin(of name: SettingName) -> SettingOrigin { origins[name] ?? .builtIn }

    /// The `fx_rates` table's rates with this merchant's overrides applied: the rates a run uses.
    public func rates(from table: FXRates) -> FXRates {
        var rates = table
        for (currency, micros) in fxOverrides { rates.set(currency, micros: micros) }
        return rates
    }

    public static func == (lhs: EffectiveSettings, rhs: EffectiveSettings) -> Bool {
        lhs.scoring == rhs.scoring && lhs.source == rhs.source && lhs.exclusionTable == rhs.exclusionTable
            && lhs.fxOverrides == rhs.fxOverrides
    }
}
