import Logging
import PostgresClient
import RFMCore

/// A large merchant's new current state, built in a table of its own on a second connection
/// while the run's connection writes history and transitions, then swapped in for the
/// merchant's partition of `customer_ltv` inside the run's transaction (docs/DECISIONS.md,
/// "Write path").
///
/// The two COPYs are the bulk of a night's writing and each keeps one server process busy; one
/// after the other on one connection they leave the second core idle. The staged table is
/// committed on its own, but nobody reads it: it becomes the current state only when the run's
/// transaction drops the old partition and attaches it, all or nothing. A run killed in between
/// leaves the staged table behind, outside `customer_ltv`; the merchant's next run drops it
/// (`dropLeftovers`), under the merchant's lock.
struct StagedCurrentState {
    let merchant: String
    let asOf: CivilDate
    let runID: Int64

    /// The staged table's name, which tells which run built it; after the swap it takes the
    /// partition's name, and its indexes keep theirs.
    var table: String { "\(Self.prefix)\(runID)" }
    static let prefix = "customer_ltv_run_"

    /// On `side`, in a transaction of its own: creates the table, copies the rows in, indexes
    /// them and commits. `now` is the run transaction's timestamp (`updated_at`). The CHECK
    /// constraint is the partition's own, so attaching it needs no scan.
    func build(
        _ scores: ScoredCustomers, predictions: [LTVPrediction]?, at now: Int64, on side: Connection
    ) throws {
        let table = try side.quoteIdentifier(self.table)
        try side.transaction {
            try side.execute("""
                CREATE TABLE \(table) (
                    LIKE customer_ltv INCLUDING DEFAULTS INCLUDING CONSTRAINTS,
                    CONSTRAINT \(try side.quoteIdentifier(self.table + "_merchant")) CHECK (merchant_id = \(try side.quoteLiteral(merchant)))
                )
                """)
            let writer = ScoreWriter(connection: side, merchant: merchant, asOf: asOf, runID: runID)
            try writer.copyCurrent(scores, into: table, at: now, predictions: predictions)
            // Built after the rows are in: one sorted pass each instead of a million insertions.
            try side.execute("""
                ALTER TABLE \(table) ADD CONSTRAINT \(try side.quoteIdentifier(self.table + "_pkey")) PRIMARY KEY (merchant_id, user_key)
                """)
            try buildIndexes(on: side, table: table)
            // Statistics before readers meet it: a fresh table has none until autovacuum gets
            // to it (a minute or more), and meanwhile the planner guesses; the dashboard's
            // segment pages took 160–390 ms instead of 4 ms on the benchmark merchant's new
            // partition. A sample of 30,000 rows (the default target), on this side connection.
            try side.execute("ANALYZE \(table)")
        }
        Failpoint.hit("current-copied")
    }

    /// Every index `customer_ltv` has besides its primary key, as the catalog defines it (the
    /// segment index, any added later), so that ATTACH PARTITION finds each one's match and
    /// adopts it instead of building it under the run's lock, named after the parent's
    /// (`customer_ltv_segment` → `<table>_segment`); then the dashboard's sort indexes, which
    /// only a large merchant's own partition has (migration 110: `rfm_add_sort_indexes`).
    func buildIndexes(on side: Connection, table quotedTable: String) throws {
        let definitions = try side.execute("""
            SELECT c.relname::text, substring(pg_get_indexdef(i.indexrelid) FROM ' USING .*$')
            FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
            WHERE i.indrelid = 'customer_ltv'::regclass AND NOT i.indisprimary ORDER BY 1
            """).rows
        for definition in definitions {
            guard let parentName = definition[0], let method = definition[1] else { continue }
            let suffix = parentName.hasPrefix("customer_ltv_") ? String(parentName.dropFirst("customer_ltv_".count)) : parentName
            try side.execute("CREATE INDEX \(try side.quoteIdentifier(self.table + "_" + suffix)) ON \(quotedTable)\(method)")
        }
        try side.execute("SELECT rfm_add_sort_indexes($1::regclass)", [quotedTable])
    }

    /// On the run's connection, inside the run's transaction: drops the merchant's own
    /// `partition` and attaches the staged table under its name. Dropping a partition locks
    /// `customer_ltv` itself exclusively until COMMIT, so it waits for readers of any merchant's
    /// current state, and attaching one checks that the shared default partition holds none of
    /// its rows (a scan of it, as many rows as the small merchants have); after
    /// `CurrentStateClearing.lockWait` it undoes the attempt, drops the staged table and returns
    /// false, and the caller writes in place as for a smaller merchant. A merchant still in the
    /// shared partition is not swapped (false): `CurrentPartition.giveOwn` moves it first.
    func swapIn(for partition: CurrentPartition, on connection: Connection, logger: Logger) throws -> Bool {
        let staged = try connection.quoteIdentifier(table)
        guard case .own(let ownName) = partition else {
            try connection.execute("DROP TABLE \(staged)")
            return false
        }
        let quotedPartition = try connection.quoteIdentifier(ownName)
        let swapped = try connection.withLockWait(CurrentStateClearing.lockWait, savepoint: "swap_current_state") {
            try connection.execute("DROP TABLE IF EXISTS \(quotedPartition)")
            try connection.execute("""
                ALTER TABLE customer_ltv ATTACH PARTITION \(staged) FOR VALUES IN (\(try connection.quoteLiteral(merchant)))
                """)
            try connection.execute("ALTER TABLE \(staged) DROP CONSTRAINT \(try connection.quoteIdentifier(table + "_merchant"))")
            try connection.execute("ALTER TABLE \(staged) RENAME TO \(quotedPartition)")
        }
        if swapped {
            Failpoint.hit("current-deleted")
        } else {
            logger.warning("current state written in place: readers held customer_ltv", metadata: [
                "partition": "\(partition.name)", "waited": "\(CurrentStateClearing.lockWait)",
            ])
            try connection.execute("DROP TABLE \(staged)")
        }
        return swapped
    }

    /// Drops staged tables that runs of `merchant` left behind (killed, or failed after building
    /// one), except `keeping`'s. Call holding the merchant's lock, outside a transaction.
    static func dropLeftovers(of merchant: String, keeping runID: Int64?, on connection: Connection) throws {
        let leftovers = try connection.execute("""
            SELECT c.relname::text FROM pg_class c JOIN rfm_runs r ON c.relname = $2 || r.id
            WHERE r.merchant_id = $1 AND r.id IS DISTINCT FROM $3::bigint AND c.relkind = 'r' AND NOT c.relispartition
              AND c.relnamespace = to_regnamespace(current_schema())
            """, [merchant, prefix, runID.map(String.init)]).rows.compactMap { $0[0] }
        for table in leftovers {
            try connection.execute("DROP TABLE IF EXISTS \(try connection.quoteIdentifier(table))")
        }
    }

    /// Drops this run's staged table if it is still there: the run failed after building it
    /// (after a committed swap it has the partition's name). Best effort; `dropLeftovers` is the net.
    func dropIfLeft(on connection: Connection) {
        guard connection.isHealthy, let table = try? connection.quoteIdentifier(table) else { return }
        _ = try? connection.execute("DROP TABLE IF EXISTS \(table)")
    }
}
