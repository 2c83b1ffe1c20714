import Logging
import RFMConfig
import RFMCore

/// What `rfm-nightly backtest` was asked.
public struct BacktestRequest: Sendable {
    public var merchant: String
    /// D: the calibration is the purchases before D; the holdout is [D, D + holdoutDays).
    public var calibrationEnd: CivilDate
    public var holdoutDays: Int
    /// Settings as for a nightly run: source, window, kinds, exclusions, FX overrides.
    public var settings: SettingsResolver

    public init(merchant: String, calibrationEnd: CivilDate, holdoutDays: Int, settings: SettingsResolver) {
        self.merchant = merchant
        self.calibrationEnd = calibrationEnd
        self.holdoutDays = holdoutDays
        self.settings = settings
    }

    /// Without a configuration file.
    public init(
        merchant: String, calibrationEnd: CivilDate, holdoutDays: Int, sourceName: String = SourceRelation.defaultName,
        settings: ScoringSettings = .default
    ) {
        self.init(
            merchant: merchant, calibrationEnd: calibrationEnd, holdoutDays: holdoutDays,
            settings: SettingsResolver(settings: EffectiveSettings(scoring: settings, source: sourceName))
        )
    }

    public var holdoutEnd: CivilDate { calibrationEnd.adding(days: holdoutDays) }
}

public struct BacktestReport: Sendable {
    public let request: BacktestRequest
    /// The merchant's effective settings.
    public let settings: EffectiveSettings
    public let calibrationQuality: DataQuality
    public let holdoutQuality: DataQuality
    public let backtest: Backtest

    public var sourceName: String { settings.source }
}

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
        } catch let error as CLVModelError {
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
