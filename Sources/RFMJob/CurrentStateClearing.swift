import Logging
import PostgresClient

/// Empties one merchant's partition of `customer_ltv` inside the run's transaction, before the
/// new rows are copied in (docs/DECISIONS.md, "Write path").
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
    let partition: String
    let logger: Logger

    /// How long `TRUNCATE` may wait for the partition.
    static let lockWait = "5s"

    enum Method: String { case truncate, delete }

    @discardableResult
    func clear() throws -> Method {
        let quotedPartition = try connection.quoteIdentifier(partition)
        let previousTimeout = try connection.execute("SELECT current_setting('lock_timeout')").scalar ?? "0"
        try connection.execute("SAVEPOINT clear_current_state")
        do {
            try connection.execute("SELECT set_config('lock_timeout', $1, true)", [Self.lockWait])
            try connection.execute("TRUNCATE \(quotedPartition)")
            try connection.execute("SELECT set_config('lock_timeout', $1, true)", [previousTimeout])
            try connection.execute("RELEASE SAVEPOINT clear_current_state")
            return .truncate
        } catch let error as PostgresError where error.sqlState == .lockNotAvailable {
            // Undoes the attempt and the lock_timeout setting with it.
            try connection.execute("ROLLBACK TO SAVEPOINT clear_current_state")
            try connection.execute("RELEASE SAVEPOINT clear_current_state")
            logger.warning("current state cleared by DELETE: readers held the merchant's rows", metadata: [
                "partition": "\(partition)", "waited": "\(Self.lockWait)",
            ])
            try connection.execute("DELETE FROM customer_ltv WHERE merchant_id = $1", [merchant])
            return .delete
        }
    }
}
