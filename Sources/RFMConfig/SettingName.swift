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
