/// A merchant's run for the date that another process of a shared night (`--share`) already
/// finished with the same settings: the ledger's row for it.
public struct ScoredElsewhere: Sendable, Equatable {
    public let runID: Int64
    public let host: String
    public let pid: String

    public var text: String { "run \(runID) on \(host), pid \(pid)" }
}
