/// Turns a merchant's fit into per-customer outputs over a horizon of H days:
/// - expected purchases E[Y(H/7) | x, t_x, T] and P(alive) from the BG/NBD;
/// - churn risk from P(alive) (`ChurnRisk`);
/// - model LTV = E[M] × the discounted expected purchases (`CustomerLifetimeValue`), rounded
///   half away from zero to cents, where E[M] is the Gamma-Gamma's expected spend per purchase
///   given the customer's repeat days in the window and their mean spend; the population mean
///   when she has none; and the formula's value at a mean of 0, γp/(px + q − 1), when refunds
///   cancelled her spend.
///
/// Without a BG/NBD every output is nil; without a Gamma-Gamma only the LTV is. Customers with
/// the same (x, t_x, T) share the costly hypergeometric series, which is computed once.
public struct LTVPredictor {
    let purchases: BGNBDModel?
    let value: CustomerLifetimeValue?
    let horizonWeeks: Double
    private var cache: [PurchaseHistory: (expected: Double?, discounted: Double?)] = [:]
    /// Customers for whom an output the fit allows could not be computed (a series that did not
    /// converge, a value beyond 64-bit cents): those outputs are nil.
    public private(set) var incompleteCustomers = 0

    /// Throws `invalidArgument` for a horizon that is not positive or a rate not above −100 %.
    public init(fit: LTVFit, horizonDays: Int, annualDiscountRate: Double) throws {
        horizonWeeks = Double(horizonDays) / 7
        guard horizonDays > 0, annualDiscountRate.isFinite, annualDiscountRate > -1 else {
            throw LTVModelError(.invalidArgument, "the horizon must be positive and the discount rate above -100%")
        }
        purchases = try? fit.purchases.get()
        if let purchases, let spend = try? fit.spend.get() {
            value = try CustomerLifetimeValue(
                purchases: purchases, spend: spend, horizonWeeks: horizonWeeks, annualDiscountRate: annualDiscountRate
            )
        } else {
            value = nil
        }
    }

    public mutating func predict(_ customer: LTVCalibration.Customer) -> LTVPrediction {
        guard let purchases else { return .none }
        let history = customer.history
        let alive = purchases.probabilityAlive(history)
        let (expected, discounted) = expectations(history)
        var prediction = LTVPrediction(
            expectedPurchases: expected, probabilityAlive: alive,
            churnRisk: ChurnRisk(probabilityAlive: alive, repeatPurchases: history.repeatPurchases)
        )
        if let value {
            if let discounted {
                prediction.lifetimeValueCents = try? CustomerLifetimeValue.roundedCents(
                    Self.expectedSpendPerPurchase(customer, value.spend) * discounted
                )
            }
            if prediction.lifetimeValueCents == nil { incompleteCustomers += 1 }
        } else if expected == nil {
            incompleteCustomers += 1
        }
        return prediction
    }

    /// E[M]: see the type's comment.
    static func expectedSpendPerPurchase(_ customer: LTVCalibration.Customer, _ spend: GammaGammaModel) -> Double {
        if let history = customer.spendHistory { return spend.expectedAverageSpend(history) }
        guard customer.spendDays > 0 else { return spend.populationMeanSpend }
        let denominator = spend.p * Double(customer.spendDays) + spend.q - 1
        return denominator > 0 ? spend.gamma * spend.p / denominator : .infinity
    }

    /// E[Y(H)] and its discounted counterpart (equal when the rate is 0), once per history.
    private mutating func expectations(_ history: PurchaseHistory) -> (expected: Double?, discounted: Double?) {
        if let known = cache[history] { return known }
        let expected = try? purchases!.expectedPurchases(history, nextWeeks: horizonWeeks)
        let discounted: Double?
        if let value, value.annualDiscountRate != 0 {
            discounted = try? value.discountedPurchases(history)
        } else {
            discounted = expected
        }
        cache[history] = (expected, discounted)
        return (expected, discounted)
    }
}
