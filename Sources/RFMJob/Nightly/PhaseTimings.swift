/// Where a merchant's time went.
public struct PhaseTimings: Sendable {
    public var read: Duration = .zero
    public var score: Duration = .zero
    public var write: Duration = .zero
    public var total: Duration = .zero
}
