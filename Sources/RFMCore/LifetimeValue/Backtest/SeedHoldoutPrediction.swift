/// The seed heuristic read as a forecast of the next N days (SPEC §5 with H = N).
struct SeedHoldoutPrediction {
    let formula: PredictiveLTV
    let holdoutDays: Int
    let windowDays: Int

    init(holdoutDays: Int, windowDays: Int) {
        formula = PredictiveLTV(horizonDays: holdoutDays, windowDays: windowDays)
        self.holdoutDays = holdoutDays
        self.windowDays = windowDays
    }

    /// Spend = predictive LTV over N days, to the cent; purchases = window purchase days × N/W ×
    /// decay × cohort. Nothing for a customer not scored at the calibration end.
    func predict(_ measures: CustomerMeasures?, windowPurchaseDays: Int) throws -> BacktestScore.Prediction {
        guard let measures else { return .init(purchases: 0, spendCents: 0) }
        guard let spend = formula.cents(
            monetaryCents: measures.monetaryCents, recencyDays: measures.recencyDays, tenureDays: measures.tenureDays
        ) else { throw LTVModelError(.notRepresentable, "customer \(measures.userKey)'s seed prediction does not fit 64-bit cents") }
        let decay = Double(formula.decay[measures.recencyDays]) / Double(FrequencyDecay.scale)
        let cohort = Double(PredictiveLTV.cohortNumerator(tenureDays: measures.tenureDays)) / 6000
        let purchases = Double(windowPurchaseDays) * Double(holdoutDays) / Double(windowDays) * decay * cohort
        return .init(purchases: purchases, spendCents: Double(spend))
    }
}
