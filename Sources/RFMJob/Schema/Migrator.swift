import Logging
import PostgresClient

/// Applies pending migrations in order, each once, each in its own transaction, recording each
/// in `schema_migrations`. An advisory lock keeps two migrators from racing.
public struct Migrator {
    let connection: Connection
    let logger: Logger
    let migrations: [Migration]

    /// Arbitrary but fixed: the advisory lock key every migrator takes.
    static let lockKey = 7_346_221_001

    public init(connection: Connection, logger: Logger, migrations: [Migration] = Migration.all) {
        self.connection = connection
        self.logger = logger
        self.migrations = migrations
    }

    /// Versions applied so far; empty on a new database.
    public func appliedVersions() throws -> Set<String> {
        let exists = try connection.execute("SELECT to_regclass('schema_migrations') IS NOT NULL").scalar == "t"
        guard exists else { return [] }
        let result = try connection.execute("SELECT version FROM schema_migrations")
        return Set(result.rows.compactMap { $0[0] })
    }

    public func pending() throws -> [Migration] {
        let applied = try appliedVersions()
        return migrations.filter { !applied.contains($0.version) }
    }

    /// Applies what is pending and returns the versions applied; then merges small merchants'
    /// partitions into the shared one (`mergeSmallPartitions`).
    @discardableResult
    public func migrate(mergingPartitionsSmallerThan limit: Int = CurrentPartition.ownFrom) throws -> [String] {
        try connection.execute("SELECT pg_advisory_lock($1)", [String(Self.lockKey)])
        defer { _ = try? connection.execute("SELECT pg_advisory_unlock($1)", [String(Self.lockKey)]) }
        try connection.execute("""
            CREATE TABLE IF NOT EXISTS schema_migrations (
                version     text        PRIMARY KEY,
                applied_at  timestamptz NOT NULL DEFAULT now()
            )
            """)
        var applied: [String] = []
        for migration in try pending() {
            let started = ContinuousClock.now
            try connection.transaction {
                try connection.executeScript(migration.sql)
                try connection.execute("INSERT INTO schema_migrations (version) VALUES ($1)", [migration.version])
            }
            logger.info("migration applied", metadata: [
                "migration.version": "\(migration.version)",
                "duration.ms": "\((ContinuousClock.now - started).milliseconds)",
            ])
            applied.append(migration.version)
        }
        if try pending().isEmpty { try mergeSmallPartitions(smallerThan: limit) }
        return applied
    }

    /// Partitions merged per transaction: each locks the partition, its two indexes and the
    /// shared partition, well within a default server's lock table.
    static let partitionsPerTransaction = 50

    /// Merges every merchant partition of `customer_ltv` with fewer than `smallerThan` rows into
    /// `customer_ltv_shared` (migration 070), a few dozen per transaction, and returns how many:
    /// nothing after the first time, unless a large merchant shrank. A kill in between leaves
    /// every merchant's rows in one place or the other; the next `migrate` goes on.
    @discardableResult
    public func mergeSmallPartitions(smallerThan limit: Int = CurrentPartition.ownFrom) throws -> Int {
        // Before migration 070 (a test's older schema) there is no shared partition to merge into.
        guard try connection.execute("SELECT to_regclass('customer_ltv_shared') IS NOT NULL").scalar == "t" else { return 0 }
        let partitions = try connection.execute("""
            SELECT c.relname::text FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
            WHERE i.inhparent = 'customer_ltv'::regclass AND c.relname <> 'customer_ltv_shared' ORDER BY 1
            """).rows.compactMap { $0[0] }
        var merged = 0
        var start = 0
        while start < partitions.count {
            let chunk = partitions[start..<min(partitions.count, start + Self.partitionsPerTransaction)]
            try connection.transaction {
                for partition in chunk {
                    let quoted = try connection.quoteIdentifier(partition)
                    let rows = Int(try connection.execute("SELECT count(*) FROM (SELECT FROM \(quoted) LIMIT $1) r", [String(limit)]).scalar ?? "0") ?? 0
                    guard rows < limit else { continue }
                    // Not under a run of that merchant, which may be about to swap its partition:
                    // its lock for this transaction, or the partition waits for the next migrate.
                    let free = try connection.execute("""
                        SELECT coalesce(bool_and(pg_try_advisory_xact_lock(hashtextextended('rfm-nightly merchant ' || merchant_id, 0))), true)
                        FROM (SELECT merchant_id FROM \(quoted) LIMIT 1) m
                        """).scalar == "t"
                    guard free else { continue }
                    try connection.execute("SELECT rfm_merge_into_shared($1)", [partition])
                    merged += 1
                }
            }
            start += Self.partitionsPerTransaction
        }
        if merged > 0 {
            logger.info("small merchants' partitions merged into customer_ltv_shared", metadata: ["partitions": "\(merged)"])
        }
        return merged
    }

    /// Throws a configuration failure naming what is missing unless every migration is applied.
    public func requireCurrent() throws {
        let missing = try pending().map(\.version)
        guard missing.isEmpty else {
            throw JobFailure(
                .configuration,
                "the database schema is not up to date (pending: \(missing.joined(separator: ", "))): run `rfm-nightly migrate` first"
            )
        }
    }
}

extension Duration {
    var milliseconds: Int64 {
        let (seconds, attoseconds) = components
        return seconds * 1000 + attoseconds / 1_000_000_000_000_000
    }
}
