import RFMConfig
import RFMCore

public struct BacktestReport: Sendable {
    public let request: BacktestRequest
    /// The merchant's effective settings.
    public let settings: EffectiveSettings
    public let calibrationQuality: DataQuality
    public let holdoutQuality: DataQuality
    public let backtest: Backtest

    public var sourceName: String { settings.source }
}
