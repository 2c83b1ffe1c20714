/// Sends a backtest's rows to the calibration (before the calibration end D) or to the holdout
/// ([D, D + N)), each validated, converted and deduplicated like a nightly run's.
public struct BacktestEventSplitter: EventSink {
    public var calibration: LTVEventAccumulator
    public var holdout: LTVEventAccumulator
    let holdoutStart: Int64

    /// `excludedKeys`: as for `EventAccumulator`.
    public init(calibrationEnd: CivilDate, holdoutDays: Int, settings: ScoringSettings, rates: FXRates, excludedKeys: Set<ByteKey> = []) {
        calibration = LTVEventAccumulator(
            window: ScoringWindow(asOf: calibrationEnd, days: settings.windowDays), settings: settings, rates: rates,
            excludedKeys: excludedKeys
        )
        // The holdout is a window of its own: [D, D + N).
        holdout = LTVEventAccumulator(
            window: ScoringWindow(asOf: calibrationEnd.adding(days: holdoutDays), days: holdoutDays), settings: settings, rates: rates,
            excludedKeys: excludedKeys
        )
        holdoutStart = calibrationEnd.startUnixMicroseconds
    }

    @inline(__always)
    public mutating func add(_ row: EventRow) {
        // Rows without a usable time go to the calibration, which counts them as skipped.
        if case .unixMicroseconds(let instant)? = row.occurredAt, instant >= holdoutStart {
            holdout.add(row)
        } else {
            calibration.add(row)
        }
    }
}
