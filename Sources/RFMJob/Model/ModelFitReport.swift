import RFMConfig
import RFMCore

/// A fit and what it rests on.
public struct ModelFitReport: Sendable {
    public let request: ModelFitRequest
    /// The merchant's effective settings.
    public let settings: EffectiveSettings
    public let quality: DataQuality
    public let fit: LTVFit
    public let fitDuration: Duration

    /// Set when a model could not be fitted: the command prints what did fit, then fails (65).
    public var failure: JobFailure? {
        fit.failure.map { JobFailure.model(request.merchant, $0, doing: "cannot fit the model") }
    }

    public var sourceName: String { settings.source }
}
