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

/// The settings a configuration file can set, by their key there.
public enum SettingName: String, CaseIterable, Sendable, Hashable {
    case source
    case windowDays = "window_days"
    case horizonDays = "horizon_days"
    case weights
    case scheme
    case purchaseKinds = "purchase_kinds"
    case refundKinds = "refund_kinds"
    case excludeUserKeys = "exclude_user_keys"
    case exclusionTable = "exclusion_table"
    case fxRates = "fx_rates"
    case ltvModel = "ltv_model"
    case discountRate = "discount_rate"
}

/// Where a value came from.
public enum SettingOrigin: Sendable, Equatable, CustomStringConvertible {
    case builtIn
    /// The file's `defaults` section, at this line.
    case fileDefaults(line: Int?)
    /// A merchant's own section of the file.
    case merchantSection(String, line: Int?)
    /// A command-line option such as "--window-days".
    case commandLine(String)

    public var description: String {
        switch self {
        case .builtIn: "built-in"
        case .fileDefaults(let line): "defaults" + (line.map { ", line \($0)" } ?? "")
        case .merchantSection(_, let line): "merchant" + (line.map { ", line \($0)" } ?? "")
        case .commandLine(let option): option
        }
    }
}
