import Logging
import PostgresClient

/// One schema change: a file of `migrations/`, embedded in the binary at build time.
public struct Migration: Sendable, Equatable {
    /// The file name without `.sql`, e.g. "001_initial"; recorded in `schema_migrations`.
    public let version: String
    public let sql: String

    public static let all: [Migration] = EmbeddedMigrations.all.map {
        Migration(version: String($0.name.dropLast(".sql".count)), sql: $0.sql)
    }
}

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

    /// Applies what is pending and returns the versions applied.
    @discardableResult
    public func migrate() throws -> [String] {
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
        return applied
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
