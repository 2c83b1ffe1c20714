#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Expected, discounted value of a customer's purchases over the next `horizonWeeks`: BG/NBD
/// purchases times Gamma-Gamma spend per purchase, discounted month by month as the `lifetimes`
/// package does, but from an annual rate:
///
///     LTV = E[M] · Σ_{k=1…K} (E[Y(t_k)] − E[Y(t_{k−1})]) · (1 + d)^(−t_k / 52.1775)
///
/// with t_k = min(k · 52.1775/12, H) weeks, K = ⌈H / (52.1775/12)⌉, d the annual rate and
/// 52.1775 = 365.2425/7 weeks a year. Each month's purchases are discounted from the month's
/// end, so the estimate errs low by at most half a month's interest. With d = 0 the sum
/// telescopes to E[M] · E[Y(H)].
public struct CustomerLifetimeValue: Sendable {
    public static let weeksPerYear = 365.2425 / 7
    static let weeksPerMonth = weeksPerYear / 12

    public let purchases: BGNBDModel
    /// Fitted on mean spend in cents if `cents(_:meanSpendCents:)` is used.
    public let spend: GammaGammaModel
    public let horizonWeeks: Double
    /// 0.1 for 10 % a year.
    public let annualDiscountRate: Double

    /// Throws `invalidArgument` unless the horizon is finite and positive and the rate finite
    /// and above −100 %.
    public init(purchases: BGNBDModel, spend: GammaGammaModel, horizonWeeks: Double, annualDiscountRate: Double = 0) throws {
        guard horizonWeeks.isFinite, horizonWeeks > 0 else {
            throw LTVModelError(.invalidArgument, "the LTV horizon must be finite and positive")
        }
        guard annualDiscountRate.isFinite, annualDiscountRate > -1 else {
            throw LTVModelError(.invalidArgument, "the annual discount rate must be finite and above -100%")
        }
        self.purchases = purchases
        self.spend = spend
        self.horizonWeeks = horizonWeeks
        self.annualDiscountRate = annualDiscountRate
    }

    /// LTV in the spend model's unit, unrounded. `meanSpend` is m_x, the mean value of the
    /// repeat purchases (the first purchase excluded); it is ignored when x = 0, where the
    /// population mean stands in.
    public func expectedValue(_ history: PurchaseHistory, meanSpend: Double) throws -> Double {
        let spendPerPurchase = history.repeatPurchases == 0
            ? spend.populationMeanSpend
            : spend.expectedAverageSpend(try SpendHistory(repeatPurchases: history.repeatPurchases, meanSpend: meanSpend))
        return spendPerPurchase * (try discountedPurchases(history))
    }

    /// LTV in whole cents, rounded half away from zero, for a spend model fitted on cents.
    /// Throws `notRepresentable` if the value is not finite or does not fit 64-bit cents.
    public func cents(_ history: PurchaseHistory, meanSpendCents: Double) throws -> Int64 {
        try Self.roundedCents(expectedValue(history, meanSpend: meanSpendCents))
    }

    /// The one place where the model's floating point becomes money.
    static func roundedCents(_ value: Double) throws -> Int64 {
        guard let cents = Int64(exactly: value.rounded(.toNearestOrAwayFromZero)) else {
            throw LTVModelError(.notRepresentable, "a customer's lifetime value does not fit 64-bit cents")
        }
        return cents
    }

    /// Σ_k (E[Y(t_k)] − E[Y(t_{k−1})]) · (1 + d)^(−t_k / weeksPerYear).
    func discountedPurchases(_ history: PurchaseHistory) throws -> Double {
        guard annualDiscountRate != 0 else { return try purchases.expectedPurchases(history, nextWeeks: horizonWeeks) }
        let months = Int((horizonWeeks / Self.weeksPerMonth).rounded(.up))
        let logGrowth = log1p(annualDiscountRate)
        var total = 0.0
        var previous = 0.0
        for month in 1...months {
            let end = min(Double(month) * Self.weeksPerMonth, horizonWeeks)
            let cumulative = try purchases.expectedPurchases(history, nextWeeks: end)
            total += (cumulative - previous) * exp(-logGrowth * end / Self.weeksPerYear)
            previous = cumulative
        }
        return total
    }
}
