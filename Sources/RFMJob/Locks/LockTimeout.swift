import PostgresClient

/// How long the job waits for a lock, and what it says when it gives up (exit 73).
///
/// Every connection the job opens gets a session `lock_timeout`: the shorter of the one asked
/// for (`--lock-timeout`, default 60 s) and one the operator set on the server (`PGOPTIONS`,
/// `ALTER DATABASE … SET`, `ALTER ROLE … SET`). So no statement of the job — the merchant's
/// advisory lock, a partition's creation, a read, a write — waits without bound behind another
/// session's lock, and an operator's own limit is never lengthened. Statements are wrapped in
/// `naming(_:relations:)` so the failure says what the job was doing and on which table, and
/// (after the transaction has rolled back) who held it.
public struct LockTimeout: Error, Sendable {
    /// What the job was doing, e.g. "writing the current state".
    public let doing: String
    /// The relations that statement locks; the holder is looked for among them.
    public let relations: [String]
    /// The session's `lock_timeout` when it gave up, as PostgreSQL prints it ("2s").
    public var waited = "?"
    /// Who holds a conflicting lock, found after the failed transaction ended.
    public var holder: String?

    public var message: String {
        let on = holder.map { "; \($0)" } ?? " on \(relations.joined(separator: ", "))"
        return "gave up after \(waited) waiting for a lock while \(doing)\(on) (--lock-timeout, or the server's lock_timeout if shorter)"
    }

    /// The wait used when a command has no `--lock-timeout`.
    public static let defaultWait: Duration = .seconds(60)

    /// Sets the session's `lock_timeout` to `requested`, or to the operator's setting if that is
    /// shorter. `requested` 0 means "do not wait" (1 ms: PostgreSQL reads 0 as "forever").
    public static func bound(_ requested: Duration, on connection: Connection) throws {
        let operatorMilliseconds = Int64(try connection.execute(
            "SELECT setting FROM pg_settings WHERE name = 'lock_timeout'"
        ).scalar ?? "0") ?? 0
        var milliseconds = max(1, requested.milliseconds)
        if operatorMilliseconds > 0 { milliseconds = min(milliseconds, operatorMilliseconds) }
        try connection.execute("SELECT set_config('lock_timeout', $1, false)", ["\(milliseconds)ms"])
    }

    /// Runs `body`; a lock wait that runs out inside it becomes a `LockTimeout` naming `doing`.
    @discardableResult
    static func naming<R>(_ doing: String, relations: [String], _ body: () throws -> R) throws -> R {
        do {
            return try body()
        } catch let error as PostgresError where error.sqlState == .lockNotAvailable {
            throw LockTimeout(doing: doing, relations: relations)
        }
    }

    /// Fills in the wait and the holder. Call outside the failed transaction (it queries).
    func described(on connection: Connection) -> LockTimeout {
        var described = self
        described.waited = (try? connection.execute("SHOW lock_timeout").scalar) ?? "?"
        described.holder = try? Self.holder(of: relations, on: connection)
        return described
    }

    /// The other session holding the strongest lock on any of `relations` (or their partitions).
    /// Partitions are found in `pg_inherits`, not with `pg_partition_tree`, which would itself
    /// wait for the lock it is asked about.
    static func holder(of relations: [String], on connection: Connection) throws -> String? {
        let found = try connection.execute("""
            WITH RECURSIVE wanted(relid) AS (
                SELECT to_regclass(name)::oid FROM unnest(string_to_array($1, E'\\n')) name WHERE to_regclass(name) IS NOT NULL
                UNION SELECT i.inhrelid FROM pg_inherits i JOIN wanted w ON i.inhparent = w.relid)
            SELECT l.relation::regclass::text, l.mode, a.pid::text, coalesce(nullif(a.application_name, ''), '?'),
                   coalesce(a.client_addr::text, 'local'),
                   to_char(coalesce(a.xact_start, a.backend_start) AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS"Z"')
            FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
            WHERE l.granted AND l.locktype = 'relation' AND l.pid <> pg_backend_pid()
              AND l.relation IN (SELECT relid FROM wanted)
            ORDER BY array_position(ARRAY['AccessExclusiveLock', 'ExclusiveLock', 'ShareRowExclusiveLock', 'ShareLock',
                                          'ShareUpdateExclusiveLock', 'RowExclusiveLock', 'RowShareLock', 'AccessShareLock'], l.mode),
                     l.relation <> ALL (SELECT to_regclass(name)::oid FROM unnest(string_to_array($1, E'\\n')) name),
                     a.pid
            LIMIT 1
            """, [relations.joined(separator: "\n")])
        guard found.rowCount == 1, let relation = found.value(0, 0) else { return nil }
        return "\(relation) is held in \(found.value(0, 1) ?? "?") by server backend \(found.value(0, 2) ?? "?") "
            + "(\(found.value(0, 3) ?? "?") from \(found.value(0, 4) ?? "?"), since \(found.value(0, 5) ?? "?"))"
    }
}

extension Connection {
    /// Runs `body` in a savepoint with `lock_timeout` at `wait` (or the session's, if shorter);
    /// if a lock is not granted in time, undoes the savepoint (the setting with it) and returns
    /// false, for a caller that has another way (TRUNCATE's fallback is DELETE). In a transaction only.
    func withLockWait(_ wait: Duration, savepoint: String, _ body: () throws -> Void) throws -> Bool {
        let session = Int64(try execute("SELECT setting FROM pg_settings WHERE name = 'lock_timeout'").scalar ?? "0") ?? 0
        let milliseconds = session > 0 ? min(session, wait.milliseconds) : wait.milliseconds
        try execute("SAVEPOINT \(savepoint)")
        do {
            try execute("SELECT set_config('lock_timeout', $1, true)", ["\(milliseconds)ms"])
            try body()
            try execute("SELECT set_config('lock_timeout', $1, true)", ["\(session)ms"])
            try execute("RELEASE SAVEPOINT \(savepoint)")
            return true
        } catch let error as PostgresError where error.sqlState == .lockNotAvailable || error.sqlState == .deadlockDetected {
            // A deadlock the server broke by cancelling this statement: as good as not granted.
            try execute("ROLLBACK TO SAVEPOINT \(savepoint)")
            try execute("RELEASE SAVEPOINT \(savepoint)")
            return false
        }
    }
}
