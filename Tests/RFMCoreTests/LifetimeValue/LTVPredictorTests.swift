import Testing
@testable import RFMCore

@Suite struct LTVPredictorTests {
    /// The published CDNOW parameters, γ in cents.
    static let purchases = try! BGNBDModel(r: 0.243, alpha: 4.414, a: 0.793, b: 2.426, logLikelihood: 0, customerCount: 0)
    static let spend = try! GammaGammaModel(p: 6.25, q: 3.74, gamma: 1544, logLikelihood: 0, customerCount: 0)
    static func fit(purchases: Result<BGNBDModel, LTVModelError> = .success(purchases),
                    spend: Result<GammaGammaModel, LTVModelError> = .success(spend)) -> LTVFit {
        LTVFit(customers: 0, repeatBuyers: 0, distinctHistories: 0, spendCustomers: 0, purchases: purchases, spend: spend)
    }

    static func customer(_ x: Int, _ tx: Double, _ age: Double, spendDays: Int, mean: Double) -> LTVCalibration.Customer {
        LTVCalibration.Customer(
            userKey: "u", history: try! PurchaseHistory(repeatPurchases: x, lastPurchaseWeek: tx, ageWeeks: age),
            spendDays: spendDays, meanSpendCents: mean, windowPurchaseDays: spendDays + 1
        )
    }

    @Test(arguments: [
        (0.7, 3, ChurnRisk.low), (0.6999, 3, .medium), (0.3, 3, .medium), (0.2999, 3, .high), (1.0, 1, .low),
        (0.01, 2, .high), (1.0, 0, .unknown),
    ])
    func churnRiskBands(alive: Double, x: Int, band: ChurnRisk) {
        #expect(ChurnRisk(probabilityAlive: alive, repeatPurchases: x) == band)
    }

    /// When the window holds every repeat purchase, the outputs are the models' own, composed as
    /// `CustomerLifetimeValue` composes them (itself checked against mpmath).
    @Test func outputsAreTheModelsOwn() throws {
        let customer = Self.customer(2, 30.43, 38.86, spendDays: 2, mean: 2235)
        for rate in [0.0, 0.1] {
            var predictor = try LTVPredictor(fit: Self.fit(), horizonDays: 364, annualDiscountRate: rate)
            let prediction = predictor.predict(customer)
            let value = try CustomerLifetimeValue(purchases: Self.purchases, spend: Self.spend, horizonWeeks: 52, annualDiscountRate: rate)
            #expect(prediction.expectedPurchases == (try Self.purchases.expectedPurchases(customer.history, nextWeeks: 52)))
            #expect(prediction.probabilityAlive == Self.purchases.probabilityAlive(customer.history))
            #expect(prediction.lifetimeValueCents == (try value.cents(customer.history, meanSpendCents: 2235)))
            #expect(prediction.churnRisk == .low)  // P(alive) = 0.7 + …
        }
    }

    @Test func spendPerPurchaseWithoutAndWithCancelledSpend() throws {
        var predictor = try LTVPredictor(fit: Self.fit(), horizonDays: 364, annualDiscountRate: 0)
        // No repeat day in the window: the population mean pγ/(q − 1) = 6.25 × 1544 / 2.74.
        let none = Self.customer(3, 20, 38.86, spendDays: 0, mean: 0)
        let expected = try Self.purchases.expectedPurchases(none.history, nextWeeks: 52)
        #expect(predictor.predict(none).lifetimeValueCents == Int64((6.25 * 1544 / 2.74 * expected).rounded()))
        // Two repeat days whose spend refunds cancelled: the formula at m = 0, γp / (2p + q − 1).
        let cancelled = Self.customer(3, 20, 38.86, spendDays: 2, mean: 0)
        #expect(predictor.predict(cancelled).lifetimeValueCents == Int64((1544 * 6.25 / (12.5 + 2.74) * expected).rounded()))
        #expect(predictor.incompleteCustomers == 0)
    }

    @Test func aFailedFitGivesNothingAndAFailedSpendFitNoValue() throws {
        let customer = Self.customer(2, 30.43, 38.86, spendDays: 2, mean: 2235)
        let noRepeat = LTVModelError(.noRepeatPurchases, "no repeat")
        var nothing = try LTVPredictor(fit: Self.fit(purchases: .failure(noRepeat), spend: .failure(noRepeat)), horizonDays: 365, annualDiscountRate: 0)
        #expect(nothing.predict(customer) == .none)
        var noSpend = try LTVPredictor(fit: Self.fit(spend: .failure(LTVModelError(.parameterAtBound, "q"))), horizonDays: 365, annualDiscountRate: 0)
        let prediction = noSpend.predict(customer)
        #expect(prediction.expectedPurchases != nil && prediction.probabilityAlive != nil && prediction.churnRisk != nil)
        #expect(prediction.lifetimeValueCents == nil)
        #expect(noSpend.incompleteCustomers == 0)
    }

    @Test func badSettingsAreRefused() {
        #expect(throws: LTVModelError.self) { try LTVPredictor(fit: Self.fit(), horizonDays: 0, annualDiscountRate: 0) }
        #expect(throws: LTVModelError.self) { try LTVPredictor(fit: Self.fit(), horizonDays: 365, annualDiscountRate: -1) }
    }
}

@Suite struct BacktestScoreTests {
    /// Three customers, errors by hand: spend errors −200, +100, +200 cents → MAE 500/3,
    /// RMSE √(90000/3) = √30000; purchase errors −0.5, +0.5, 0 → MAE 1/3, RMSE √(0.5/3).
    @Test func errorsTotalsAndDecilesByHand() {
        let score = BacktestScore(
            outcomes: [.init(purchases: 2, spendCents: 1000), .init(purchases: 0, spendCents: 0), .init(purchases: 1, spendCents: 500)],
            predictions: [.init(purchases: 1.5, spendCents: 800), .init(purchases: 0.5, spendCents: 100), .init(purchases: 1, spendCents: 700)]
        )
        #expect(abs(score.spendMAECents - 500.0 / 3) < 1e-12)
        #expect(abs(score.spendRMSECents - 30_000.0.squareRoot()) < 1e-9)
        #expect(abs(score.purchasesMAE - 1.0 / 3) < 1e-12)
        #expect(abs(score.purchasesRMSE - (0.5 / 3).squareRoot()) < 1e-12)
        #expect(score.predictedSpendCents == 1600 && score.actualSpendCents == 1500)
        #expect(score.predictedPurchases == 3 && score.actualPurchases == 3)
        #expect(abs(score.spendErrorPercent! - 100.0 / 15) < 1e-12)
        #expect(score.purchasesErrorPercent == 0)
        // Ranked 800, 700, 100: ranks 0, 1, 2 of 3 fall in deciles 1, 4 and 7.
        #expect(score.deciles.map(\.number) == [1, 4, 7])
        #expect(score.deciles.map(\.meanActualSpendCents) == [1000, 500, 0])
        #expect(score.deciles.map(\.meanPredictedPurchases) == [1.5, 1, 0.5])
    }

    @Test func twentyCustomersMakeTenDecilesOfTwoAndTiesKeepTheirOrder() {
        let outcomes = (0..<20).map { BacktestScore.Outcome(purchases: $0, spendCents: Int64($0)) }
        let predictions = (0..<20).map { BacktestScore.Prediction(purchases: 0, spendCents: Double($0 / 4)) }  // ties in fours
        let score = BacktestScore(outcomes: outcomes, predictions: predictions)
        #expect(score.deciles.map(\.customers) == Array(repeating: 2, count: 10))
        // Highest prediction 4 for customers 16…19, in their order: decile 1 = 16, 17; decile 2 = 18, 19; then 12, 13 …
        #expect(score.deciles.map(\.meanActualPurchases) == [16.5, 18.5, 12.5, 14.5, 8.5, 10.5, 4.5, 6.5, 0.5, 2.5])
        #expect(BacktestScore(outcomes: [], predictions: []).deciles.isEmpty)
    }
}
