import Logging
import RFMConfig
import RFMCore

/// Reads one merchant's rows before D + N once, splits them at D, fits on the calibration and
/// scores the seed heuristic and the models on the holdout (`Backtest`); writes nothing.
public struct BacktestJob: Sendable {
    let conninfo: String?
    let logger: Logger

    public init(conninfo: String?, logger: Logger) {
        self.conninfo = conninfo
        self.logger = logger
    }

    /// Throws `JobFailure` (bad data, 65) when the models cannot be fitted on the calibration.
    public func run(_ request: BacktestRequest) throws -> BacktestReport {
        let (splitter, settings, afterEnd) = try ModelReading(conninfo: conninfo, logger: logger).read(
            merchant: request.merchant, before: request.holdoutEnd, settings: request.settings
        ) { plan, excludedKeys in
            BacktestEventSplitter(
                calibrationEnd: request.calibrationEnd, holdoutDays: request.holdoutDays, settings: plan.scoring,
                rates: plan.rates, excludedKeys: excludedKeys
            )
        }
        let calibration = try splitter.calibration.finish()
        var holdout = try splitter.holdout.finish()
        holdout.measures.quality.rowsAfterCutoff += afterEnd
        let clock = ContinuousClock()
        let started = clock.now
        let backtest: Backtest
        do {
            backtest = try Backtest(calibration: calibration, holdout: holdout, settings: settings.scoring, holdoutDays: request.holdoutDays)
        } catch let error as LTVModelError {
            throw JobFailure.model(request.merchant, error, doing: "cannot backtest")
        }
        logger.info("backtest done", metadata: [
            "merchant": "\(request.merchant)", "customers": "\(backtest.seed.customers)",
            "duration.ms": "\((clock.now - started).milliseconds)",
        ])
        return BacktestReport(
            request: request, settings: settings, calibrationQuality: calibration.measures.quality, holdoutQuality: holdout.measures.quality,
            backtest: backtest
        )
    }
}
