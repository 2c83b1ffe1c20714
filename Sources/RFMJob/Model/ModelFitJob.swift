import Logging
import RFMConfig
import RFMCore

/// What `rfm-nightly fit` was asked: fit both models on one merchant's purchases before a date.
public struct ModelFitRequest: Sendable {
    public var merchant: String
    /// The cutoff: purchases before this date's midnight UTC.
    public var asOf: CivilDate
    /// Settings as for a nightly run: source, window, kinds, exclusions, FX overrides.
    public var settings: SettingsResolver

    public init(merchant: String, asOf: CivilDate, settings: SettingsResolver) {
        self.merchant = merchant
        self.asOf = asOf
        self.settings = settings
    }

    /// Without a configuration file.
    public init(merchant: String, asOf: CivilDate, sourceName: String = SourceRelation.defaultName, settings: ScoringSettings = .default) {
        self.init(merchant: merchant, asOf: asOf, settings: SettingsResolver(settings: EffectiveSettings(scoring: settings, source: sourceName)))
    }
}

/// A fit and what it rests on.
public struct ModelFitReport: Sendable {
    public let request: ModelFitRequest
    /// The merchant's effective settings.
    public let settings: EffectiveSettings
    public let quality: DataQuality
    public let fit: CLVFit
    public let fitDuration: Duration

    /// Set when a model could not be fitted: the command prints what did fit, then fails (65).
    public var failure: JobFailure? {
        fit.failure.map { JobFailure.model(request.merchant, $0, doing: "cannot fit the model") }
    }

    public var sourceName: String { settings.source }
}

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
            CLVEventAccumulator(
                window: ScoringWindow(asOf: request.asOf, days: plan.scoring.windowDays), settings: plan.scoring,
                rates: plan.rates, excludedKeys: excludedKeys
            )
        }
        var data = try (consume accumulator).finish()
        data.measures.quality.rowsAfterCutoff += afterCutoff
        let clock = ContinuousClock()
        let started = clock.now
        let fit = CLVFit.fit(data.calibration)
        let duration = clock.now - started
        var metadata: Logger.Metadata = [
            "merchant": "\(request.merchant)", "customers": "\(fit.customers)", "duration.ms": "\(duration.milliseconds)",
        ]
        if let failure = fit.failure { metadata["model.error"] = "\(failure.reason)" }
        logger.info("model fitted", metadata: metadata)
        return ModelFitReport(request: request, settings: settings, quality: data.measures.quality, fit: fit, fitDuration: duration)
    }
}
