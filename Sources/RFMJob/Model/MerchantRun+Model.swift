import Logging
import RFMCore

extension MerchantRun {
    /// `readAndScore` with `--ltv-model bgnbd`: the same rows also feed the models' calibration
    /// (`LTVEventAccumulator`), both models are fitted on the merchant's purchases before the
    /// cutoff, and every scored customer gets the model's outputs. A fit that fails does not
    /// fail the run: the scores are written with NULL model outputs, the reason is logged as a
    /// warning, stored in `rfm_runs.clv_model` and shown in the summary.
    func readAndScoreWithModel(
        _ merchant: String, plan: MerchantPlan, window: ScoringWindow, excludedKeys: Set<ByteKey>,
        into outcome: inout MerchantOutcome, logger: Logger
    ) throws -> ScoredMerchant {
        var accumulator = LTVEventAccumulator(window: window, settings: plan.scoring, rates: plan.rates, excludedKeys: excludedKeys)
        let afterCutoff = try read(merchant, plan: plan, into: &accumulator, outcome: &outcome, logger: logger)

        let clock = ContinuousClock()
        let phase = clock.now
        // Consumed, not copied: finish() frees the rows it no longer needs as it goes.
        var data = try (consume accumulator).finish()
        data.measures.quality.rowsAfterCutoff += afterCutoff
        let scores = try score(data.measures, plan: plan, into: &outcome)
        let (predictions, model) = try Self.predict(data, settings: plan.scoring, logger: logger)
        outcome.model = model
        outcome.timings.score = clock.now - phase
        try scored(scores, into: outcome, logger: logger)
        return ScoredMerchant(scores: scores, predictions: predictions)
    }

    /// Fits and predicts for every scored customer of `data`, in their order.
    static func predict(_ data: LTVMerchantData, settings: ScoringSettings, logger: Logger) throws -> ([LTVPrediction], ModelRunSummary) {
        let clock = ContinuousClock()
        let started = clock.now
        let fit = LTVFit.fit(data.calibration)
        var model = ModelRunSummary(
            model: settings.ltvModel, fit: fit, horizonDays: settings.horizonDays, annualDiscountRate: settings.annualDiscountRate
        )
        model.fitDuration = clock.now - started
        var predictor: LTVPredictor
        do {
            predictor = try LTVPredictor(fit: fit, horizonDays: settings.horizonDays, annualDiscountRate: settings.annualDiscountRate)
        } catch {
            throw JobFailure(.configuration, "invalid model settings: \(error)")
        }
        var predictions: [LTVPrediction] = []
        predictions.reserveCapacity(data.scoredCalibrationIndex.count)
        for index in data.scoredCalibrationIndex {
            let prediction = predictor.predict(data.calibration.customers[index])
            if let risk = prediction.churnRisk { model.churnCounts[risk, default: 0] += 1 }
            if let cents = prediction.lifetimeValueCents {
                guard cents <= StoredRange.maximumCents else {
                    throw StoredRange.ValueTooLarge(userKey: data.calibration.customers[index].userKey, column: "model_ltv")
                }
                model.valuedCustomers += 1
                model.totalLifetimeValueCents &+= cents
            }
            predictions.append(prediction)
        }
        model.incompleteCustomers = predictor.incompleteCustomers
        var metadata: Logger.Metadata = [
            "model": "\(settings.ltvModel.rawValue)", "customers": "\(fit.customers)", "model.repeat_buyers": "\(fit.repeatBuyers)",
            "model.distinct_histories": "\(fit.distinctHistories)", "duration.ms": "\(model.fitDuration.milliseconds)",
        ]
        if let failure = fit.failure {
            metadata["model.error"] = "\(failure.reason)"
            logger.warning("model fit failed, model outputs left NULL: \(failure.message)", metadata: metadata)
        } else {
            logger.debug("model fitted", metadata: metadata)
        }
        if predictor.incompleteCustomers > 0 {
            logger.warning("model outputs missing for some customers", metadata: ["customers": "\(predictor.incompleteCustomers)"])
        }
        return (predictions, model)
    }
}
