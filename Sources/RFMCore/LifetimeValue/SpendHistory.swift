/// What the Gamma-Gamma spend model sees of a repeat buyer: x and the mean value m_x of those
/// x repeat transactions, in whatever unit the caller chooses (the fitted γ is in that unit).
public struct SpendHistory: Sendable, Hashable {
    /// x ≥ 1: repeat transactions the mean is taken over.
    public let repeatPurchases: Int
    /// m_x > 0: mean value per repeat transaction.
    public let meanSpend: Double

    /// Throws `invalidCustomer` unless x ≥ 1 and m_x is finite and positive: the model is only
    /// defined for repeat buyers with positive spend.
    public init(repeatPurchases: Int, meanSpend: Double) throws {
        guard repeatPurchases >= 1 else {
            throw LTVModelError(.invalidCustomer, "the spend model takes repeat buyers only (x ≥ 1)")
        }
        guard meanSpend.isFinite, meanSpend > 0 else {
            throw LTVModelError(.invalidCustomer, "mean spend must be finite and positive")
        }
        self.repeatPurchases = repeatPurchases
        self.meanSpend = meanSpend
    }
}
