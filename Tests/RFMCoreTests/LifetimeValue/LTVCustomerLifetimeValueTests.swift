import Testing
@testable import RFMCore

@Suite struct LTVCustomerLifetimeValueTests {
    /// Published BG/NBD parameters and the published Gamma-Gamma ones with γ in cents.
    let purchases = try! BGNBDModel(r: 0.2426, alpha: 4.4135, a: 0.7929, b: 2.4259, logLikelihood: 0, customerCount: 0)
    let spend = try! GammaGammaModel(p: 6.25, q: 3.74, gamma: 1544, logLikelihood: 0, customerCount: 0)

    /// Expected values: the documented formula (monthly periods of 365.2425/84 weeks, discounted
    /// from each period's end at (1 + d)^(−t/52.1775)) written out independently in mpmath at
    /// 40 digits, with eq. 10 evaluated untransformed by `mp.hyp2f1`.
    @Test(arguments: [
        (2, 30.43, 38.86, 2235.0, 52.0, 0.0, 3844.0916928211814613, Int64(3844)),
        (2, 30.43, 38.86, 2235.0, 52.0, 0.1, 3664.8883617848833249, Int64(3665)),
        (0, 0.0, 38.86, 0.0, 52.0, 0.1, 844.04454333232742771, Int64(844)),
        (7, 35.0, 38.86, 1999.5, 104.0, 0.08, 17911.094922314768668, Int64(17911)),
        (2, 30.43, 38.86, 2235.0, 2.0, 0.1, 183.00153399362382525, Int64(183)),
    ])
    func matchesIndependentComputation(
        x: Int, tx: Double, age: Double, meanSpendCents: Double, horizon: Double, rate: Double, expected: Double, cents: Int64
    ) throws {
        let value = try CustomerLifetimeValue(purchases: purchases, spend: spend, horizonWeeks: horizon, annualDiscountRate: rate)
        let customer = try PurchaseHistory(repeatPurchases: x, lastPurchaseWeek: tx, ageWeeks: age)
        #expect(abs(try value.expectedValue(customer, meanSpend: meanSpendCents) / expected - 1) < 1e-11)
        #expect(try value.cents(customer, meanSpendCents: meanSpendCents) == cents)
    }

    @Test func discountingLowersValueAndZeroRateTelescopes() throws {
        let customer = try PurchaseHistory(repeatPurchases: 4, lastPurchaseWeek: 30, ageWeeks: 38.86)
        let plain = try CustomerLifetimeValue(purchases: purchases, spend: spend, horizonWeeks: 104)
        let discounted = try CustomerLifetimeValue(purchases: purchases, spend: spend, horizonWeeks: 104, annualDiscountRate: 0.12)
        let undiscounted = try plain.expectedValue(customer, meanSpend: 3000)
        #expect(try discounted.expectedValue(customer, meanSpend: 3000) < undiscounted)
        let spendPerPurchase = spend.expectedAverageSpend(try SpendHistory(repeatPurchases: 4, meanSpend: 3000))
        #expect(abs(undiscounted - spendPerPurchase * (try purchases.expectedPurchases(customer, nextWeeks: 104))) < 1e-9)
    }

    @Test func roundsHalfAwayFromZero() throws {
        #expect(try CustomerLifetimeValue.roundedCents(2.5) == 3)
        #expect(try CustomerLifetimeValue.roundedCents(-2.5) == -3)
        #expect(try CustomerLifetimeValue.roundedCents(2.4999999) == 2)
        #expect(try CustomerLifetimeValue.roundedCents(0.5) == 1)
    }

    @Test(arguments: [Double.nan, .infinity, 1e19])
    func unrepresentableMoneyIsAnError(value: Double) {
        #expect(reason { try CustomerLifetimeValue.roundedCents(value) } == .notRepresentable)
    }

    @Test(arguments: [(0.0, 0.0), (-1.0, 0.0), (Double.infinity, 0.0), (52.0, -1.0), (52.0, Double.nan)])
    func invalidSettingsAreRejected(horizon: Double, rate: Double) {
        #expect(reason { try CustomerLifetimeValue(purchases: purchases, spend: spend, horizonWeeks: horizon, annualDiscountRate: rate) } == .invalidArgument)
    }
}
