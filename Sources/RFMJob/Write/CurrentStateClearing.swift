import Logging
import PostgresClient

/// Empties one merchant's rows of `customer_ltv` inside the run's transaction, before the new
/// rows are copied in (docs/DECISIONS.md, "Write path"). A merchant in the shared partition
/// (most of them) has its rows deleted; a large merchant's own partition is truncated:
///
/// `TRUNCATE` gives the partition new, empty files: the COPY that follows appends to an empty
/// index instead of threading a million keys between the dead ones a `DELETE` leaves, and it
/// costs nothing itself. It is still transactional — the old files stay until COMMIT, so a
/// rollback, a kill or a lost connection leaves the previous state whole.
///
/// It needs the partition to itself (ACCESS EXCLUSIVE), so it waits for readers of this
/// merchant's rows to finish, and readers that come meanwhile wait behind it. A reader that does
/// not finish (an idle transaction in a BI tool, a long `pg_dump`) must not hold the nightly run
/// up, nor should everybody queue behind the run: after `lockWait` the run gives up on
/// `TRUNCATE` and falls back to `DELETE`, which waits for nobody, and says so in the log.
struct CurrentStateClearing {
    let connection: Connection
    let merchant: String
    let partition: CurrentPartition
    let logger: Logger

    /// How long `TRUNCATE` may wait for the partition.
    static let lockWait: Duration = .seconds(5)

    enum Method: String { case truncate, delete }

    @discardableResult
    func clear() throws -> Method {
        guard case .own(let own) = partition else {
            // Other merchants' rows share the partition: TRUNCATE would take them too. Through
            // customer_ltv, so that its lock comes first, as in every writer (no deadlock with a swap).
            try connection.execute("DELETE FROM customer_ltv WHERE merchant_id = $1", [merchant])
            return .delete
        }
        let quotedPartition = try connection.quoteIdentifier(own)
        let truncated = try connection.withLockWait(Self.lockWait, savepoint: "clear_current_state") {
            try connection.execute("TRUNCATE \(quotedPartition)")
        }
        if truncated { return .truncate }
        logger.warning("current state cleared by DELETE: readers held the merchant's rows", metadata: [
            "partition": "\(own)", "waited": "\(Self.lockWait)",
        ])
        try connection.execute("DELETE FROM customer_ltv WHERE merchant_id = $1", [merchant])
        return .delete
    }
}
