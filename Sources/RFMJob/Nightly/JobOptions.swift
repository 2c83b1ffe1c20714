/// How a run behaves, as opposed to what it computes (`ScoringSettings`).
public struct JobOptions: Sendable {
    /// Compute and report, write nothing (not even the run ledger).
    public var dryRun = false
    /// Treat data-quality warnings (skipped rows, guessed rates) as failures: nothing is written
    /// for a merchant that has any.
    public var strict = false
    /// The longest the job waits for any lock — another run's merchant, a table another session
    /// holds — before giving up with exit 73 (`LockTimeout`; a shorter server `lock_timeout` wins).
    public var lockTimeout: Duration = LockTimeout.defaultWait
    /// Extra attempts for a merchant after a transient failure (lost connection, server restart,
    /// serialization failure, deadlock), with exponential backoff.
    public var retries = 0
    /// First pause between attempts; doubles each time, capped at `maximumBackoff`.
    public var backoff: Duration = .seconds(1)
    public var maximumBackoff: Duration = .seconds(30)
    /// Merchants scored at once, each on its own connection.
    public var jobs = 1
    /// From this many customers on, a merchant's new current state is built on a second
    /// connection while the run's connection writes history (`StagedCurrentState`); below it, a
    /// second connection and the swap cost more than they save. `RFM_STAGE_CURRENT_FROM`.
    public var stageCurrentFrom = CurrentPartition.ownFrom
    /// A batch of small merchants (`MerchantBatch`) holds at most this many merchants (each
    /// holds an advisory lock for the batch: a default server's lock table has room for about
    /// 6,400 locks in all; `RFM_BATCH_MERCHANTS` takes up to 1,000) and about this many rows (its memory). A merchant that read this
    /// many rows last time runs on its own. `RFM_BATCH_MERCHANTS`, `RFM_BATCH_ROWS`.
    public var batchMerchants = 500
    public var batchRows = 250_000
    /// Share the night with every other process started with `--share` against the same
    /// database, on any host (docs/SCALING.md): a merchant another process holds is passed over
    /// and come back to, one already scored for the date with the same settings is left alone.
    public var share = false
    /// How often a shared run looks again at merchants other processes held. `RFM_SHARE_POLL_MS`.
    public var sharePoll: Duration = .milliseconds(250)
    /// Called with the phase and rows so far, for a progress line on a terminal.
    public var progress: (@Sendable (Progress) -> Void)?

    public init() {}

    public struct Progress: Sendable {
        public let merchant: String
        public let phase: String
        public let count: Int
        public let total: Int?
    }
}
