/// One customer's purchase summary in the BG/NBD's terms (x, t_x, T), times in weeks since
/// the customer's first purchase. Purchases are counted on distinct days, so several orders on
/// one day are one purchase.
public struct PurchaseHistory: Sendable, Hashable {
    /// x: purchases after the first (distinct purchase days − 1).
    public let repeatPurchases: Int
    /// t_x: weeks from the first purchase to the last one; 0 when there was no repeat purchase.
    /// (This is what the `lifetimes` package calls "recency"; it grows with loyalty, unlike
    /// RFM's recency in days since the last purchase.)
    public let lastPurchaseWeek: Double
    /// T: weeks from the first purchase to the end of the observation period.
    public let ageWeeks: Double

    /// Throws `invalidCustomer` unless x ≥ 0, 0 ≤ t_x ≤ T (finite), and t_x = 0 when x = 0.
    public init(repeatPurchases: Int, lastPurchaseWeek: Double, ageWeeks: Double) throws {
        guard repeatPurchases >= 0 else {
            throw LTVModelError(.invalidCustomer, "repeat purchases must not be negative")
        }
        guard lastPurchaseWeek.isFinite, ageWeeks.isFinite, lastPurchaseWeek >= 0, lastPurchaseWeek <= ageWeeks else {
            throw LTVModelError(.invalidCustomer, "last purchase week must be finite and within [0, age]")
        }
        guard repeatPurchases > 0 || lastPurchaseWeek == 0 else {
            throw LTVModelError(.invalidCustomer, "a customer without repeat purchases must have last purchase week 0")
        }
        self.repeatPurchases = repeatPurchases
        self.lastPurchaseWeek = lastPurchaseWeek
        self.ageWeeks = ageWeeks
    }
}
