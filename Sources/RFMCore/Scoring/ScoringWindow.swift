/// The as-of date D and the trailing window it scores (SPEC §2):
/// cutoff = D 00:00 UTC (exclusive); window = [cutoff − W days, cutoff).
public struct ScoringWindow: Sendable, Equatable {
    public let asOf: CivilDate
    public let days: Int

    public init(asOf: CivilDate, days: Int) {
        precondition(days > 0, "window must be at least one day")
        self.asOf = asOf
        self.days = days
    }

    /// First instant no longer seen by this run, in microseconds since the Unix epoch.
    public var cutoff: Int64 { asOf.startUnixMicroseconds }

    /// First instant inside the window.
    public var start: Int64 { asOf.adding(days: -days).startUnixMicroseconds }

    @inline(__always)
    public func contains(_ instant: Int64) -> Bool { instant >= start && instant < cutoff }
}
