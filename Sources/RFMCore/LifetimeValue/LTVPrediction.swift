/// One customer's model outputs; nil where the model could not give one.
public struct LTVPrediction: Sendable, Equatable {
    /// E[Y(H) | x, t_x, T]: purchase days expected over the horizon.
    public var expectedPurchases: Double?
    public var probabilityAlive: Double?
    /// Expected purchases × expected spend per purchase, discounted, in USD cents.
    public var lifetimeValueCents: Int64?
    public var churnRisk: ChurnRisk?

    public init(expectedPurchases: Double? = nil, probabilityAlive: Double? = nil, lifetimeValueCents: Int64? = nil, churnRisk: ChurnRisk? = nil) {
        self.expectedPurchases = expectedPurchases
        self.probabilityAlive = probabilityAlive
        self.lifetimeValueCents = lifetimeValueCents
        self.churnRisk = churnRisk
    }

    /// Nothing: the fit failed.
    public static let none = LTVPrediction()
}
