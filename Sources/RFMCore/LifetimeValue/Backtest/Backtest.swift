/// Which prediction to trust, tried on the merchant's own past: fit on the purchases before a
/// calibration end D, predict the N days from D on, compare with what customers did.
///
/// Customers: everyone with a valid purchase before D (the models' calibration population).
/// Someone whose first purchase falls in the holdout is predicted by neither method and is only
/// counted (`newInHoldout`). Outcomes are measured as the predictions are meant: purchases are
/// distinct purchase days in [D, D + N) (the BG/NBD's unit, `x`); spend is the holdout's
/// purchases − refunds in USD cents, deduplicated by event id and floored at 0 per customer
/// (SPEC §3's `monetary` over the holdout).
///
/// - Seed heuristic (SPEC §5 with H = N): spend = `predictive_ltv` at D over N days, exactly;
///   purchases = the window's purchase days × N/W × the same decay and cohort factors, i.e. the
///   trailing rate the formula projects. A customer with no purchase in the window is not
///   scored at D, so the seed predicts 0 for her.
/// - BG/NBD + Gamma-Gamma: E[Y(N/7)] purchases and E[M] · E[Y(N/7)] spend, undiscounted
///   (`LTVPredictor` with H = N and rate 0).
public struct Backtest: Sendable {
    public let calibrationEnd: CivilDate
    public let holdoutDays: Int
    public let fit: LTVFit
    public let newInHoldout: Int
    public let seed: BacktestScore
    public let model: BacktestScore

    /// Throws the fit's `LTVModelError` when either model cannot be fitted, `numericalFailure`
    /// when a customer's model prediction cannot be computed, `notRepresentable` when a seed
    /// prediction does not fit 64-bit cents.
    public init(calibration: LTVMerchantData, holdout: LTVMerchantData, settings: ScoringSettings, holdoutDays: Int) throws {
        calibrationEnd = calibration.calibration.asOf
        self.holdoutDays = holdoutDays
        fit = LTVFit.fit(calibration.calibration)
        if let failure = fit.failure { throw failure }
        var predictor = try LTVPredictor(fit: fit, horizonDays: holdoutDays, annualDiscountRate: 0)

        var holdoutDaysByKey: [ByteKey: Int] = [:]
        for customer in holdout.calibration.customers {
            holdoutDaysByKey[ByteKey(customer.userKey)] = customer.history.repeatPurchases + 1
        }
        var holdoutSpendByKey: [ByteKey: Int64] = [:]
        for customer in holdout.measures.customers { holdoutSpendByKey[ByteKey(customer.userKey)] = customer.monetaryCents }
        let customers = calibration.calibration.customers
        let known = Set(customers.lazy.map { ByteKey($0.userKey) })
        newInHoldout = holdoutDaysByKey.keys.count { !known.contains($0) }

        var measuresAtEnd = [CustomerMeasures?](repeating: nil, count: customers.count)
        for (measures, index) in zip(calibration.measures.customers, calibration.scoredCalibrationIndex) {
            measuresAtEnd[index] = measures
        }
        let seedFormula = SeedHoldoutPrediction(holdoutDays: holdoutDays, windowDays: settings.windowDays)
        var outcomes: [BacktestScore.Outcome] = []
        var seedPredictions: [BacktestScore.Prediction] = []
        var modelPredictions: [BacktestScore.Prediction] = []
        for (index, customer) in customers.enumerated() {
            outcomes.append(.init(
                purchases: holdoutDaysByKey[ByteKey(customer.userKey)] ?? 0, spendCents: holdoutSpendByKey[ByteKey(customer.userKey)] ?? 0
            ))
            seedPredictions.append(try seedFormula.predict(measuresAtEnd[index], windowPurchaseDays: customer.windowPurchaseDays))
            let prediction = predictor.predict(customer)
            guard let purchases = prediction.expectedPurchases, let spend = prediction.lifetimeValueCents else {
                throw LTVModelError(.numericalFailure, "the model's prediction for a customer could not be computed")
            }
            modelPredictions.append(.init(purchases: purchases, spendCents: Double(spend)))
        }
        seed = BacktestScore(outcomes: outcomes, predictions: seedPredictions)
        model = BacktestScore(outcomes: outcomes, predictions: modelPredictions)
    }
}
