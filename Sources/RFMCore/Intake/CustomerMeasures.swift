/// One scored customer's raw measures (SPEC §3), before quintiles.
public struct CustomerMeasures: Sendable, Equatable {
    public var userKey: String
    /// D − UTC date of the latest purchase in the window: 1…W.
    public var recencyDays: Int
    /// Distinct purchase events in the window.
    public var frequency: Int
    /// USD cents: purchases − refunds in the window, each converted and rounded per event; ≥ 0.
    public var monetaryCents: Int64
    /// D − UTC date of the first purchase ever (before the cutoff).
    public var tenureDays: Int
    /// Microseconds since the Unix epoch.
    public var firstPurchaseAt: Int64
    public var lastPurchaseAt: Int64
    public var emailSHA256: EmailHash?

    public init(
        userKey: String, recencyDays: Int, frequency: Int, monetaryCents: Int64, tenureDays: Int,
        firstPurchaseAt: Int64, lastPurchaseAt: Int64, emailSHA256: EmailHash? = nil
    ) {
        self.userKey = userKey
        self.recencyDays = recencyDays
        self.frequency = frequency
        self.monetaryCents = monetaryCents
        self.tenureDays = tenureDays
        self.firstPurchaseAt = firstPurchaseAt
        self.lastPurchaseAt = lastPurchaseAt
        self.emailSHA256 = emailSHA256
    }
}
