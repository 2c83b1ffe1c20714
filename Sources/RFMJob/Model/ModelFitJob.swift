import Logging
import RFMConfig
import RFMCore

/// Reads one merchant like a nightly run (same validation, rates and deduplication, all history
/// before the cutoff) and fits the BG/NBD and the Gamma-Gamma; writes nothing.
public struct ModelFitJob: Sendable {
    let conninfo: String?
    let logger: Logger

    public init(conninfo: String?, logger: Logger) {
        self.conninfo = conninfo
        self.logger = logger
    }

    public func run(_ request: ModelFitRequest) throws -> ModelFitReport {
        let (accumulator, settings, afterCutoff) = try ModelReading(conninfo: conninfo, logger: logger).read(
            merchant: request.merchant, before: request.asOf, settings: request.settings
        ) { plan, excludedKeys in
            LTVEventAccumulator(
                window: ScoringWindow(asOf: request.asOf, days: plan.scoring.windowDays), settings: plan.scoring,
                rates: plan.rates, excludedKeys: excludedKeys
            )
        }
        var data = try (consume accumulator).finish()
        data.measures.quality.rowsAfterCutoff += afterCutoff
        let clock = ContinuousClock()
        let started = clock.now
        let fit = LTVFit.fit(data.calibration)
        let duration = clock.now - started
        var metadata: Logger.Metadata = [
            "merchant": "\(request.merchant)", "customers": "\(fit.customers)", "duration.ms": "\(duration.milliseconds)",
        ]
        if let failure = fit.failure { metadata["model.error"] = "\(failure.reason)" }
        logger.info("model fitted", metadata: metadata)
        return ModelFitReport(request: request, settings: settings, quality: data.measures.quality, fit: fit, fitDuration: duration)
    }
}
