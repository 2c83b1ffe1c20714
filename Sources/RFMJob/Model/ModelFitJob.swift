import Logging
import RFMCore

/// What `rfm-nightly fit` was asked: fit both models on one merchant's purchases before a date.
public struct ModelFitRequest: Sendable {
    public var merchant: String
    /// The cutoff: purchases before this date's midnight UTC.
    public var asOf: CivilDate
    public var sourceName: String
    public var settings: ScoringSettings

    public init(merchant: String, asOf: CivilDate, sourceName: String = SourceRelation.defaultName, settings: ScoringSettings = .default) {
        self.merchant = merchant
        self.asOf = asOf
        self.sourceName = sourceName
        self.settings = settings
    }
}

/// A fit and what it rests on.
public struct ModelFitReport: Sendable {
    public let request: ModelFitRequest
    public let quality: DataQuality
    public let fit: CLVFit
    public let fitDuration: Duration

    /// Set when a model could not be fitted: the command prints what did fit, then fails (65).
    public var failure: JobFailure? {
        fit.failure.map { JobFailure.model(request.merchant, $0, doing: "cannot fit the model") }
    }
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
        let window = ScoringWindow(asOf: request.asOf, days: request.settings.windowDays)
        let (accumulator, afterCutoff) = try ModelReading(conninfo: conninfo, logger: logger).read(
            merchant: request.merchant, before: request.asOf, sourceName: request.sourceName, settings: request.settings
        ) { rates in CLVEventAccumulator(window: window, settings: request.settings, rates: rates) }
        var data = try accumulator.finish()
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
        return ModelFitReport(request: request, quality: data.measures.quality, fit: fit, fitDuration: duration)
    }
}
