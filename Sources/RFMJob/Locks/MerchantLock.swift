import PostgresClient

/// An advisory lock per merchant, so two runs touching the same merchant never interleave. Taken
/// before the run's transaction starts (see `MerchantRun`) and released after it ends, or by the
/// server when the process dies.
struct MerchantLock {
    let connection: Connection

    /// Waits for the merchant as long as the session's `lock_timeout` allows (`LockTimeout.bound`);
    /// on timeout the failure names the holder.
    func acquireForSession(_ merchant: String, ownRun: Int64?) throws {
        do {
            try connection.execute("SELECT pg_advisory_lock(hashtextextended($1, 0))", [Self.key(merchant)])
        } catch let error as PostgresError where error.sqlState == .lockNotAvailable {
            let waited = (try? connection.execute("SHOW lock_timeout").scalar) ?? "?"
            throw JobFailure(.locked, "merchant \(merchant) is locked by another run (\(try holder(of: merchant, ownRun: ownRun))); gave up after \(waited)")
        }
    }

    /// Takes the merchant if it is free, without waiting (`--share`: held means another process
    /// of the night is on it). Held for the session: the server frees it if the process dies.
    func tryAcquireForSession(_ merchant: String) throws -> Bool {
        try connection.execute("SELECT pg_try_advisory_lock(hashtextextended($1, 0))", [Self.key(merchant)]).scalar == "t"
    }

    func releaseForSession(_ merchant: String) {
        _ = try? connection.execute("SELECT pg_advisory_unlock(hashtextextended($1, 0))", [Self.key(merchant)])
    }

    /// Who holds the merchant: the ledger's oldest other running run (host, pid, start) and the
    /// server backend holding the advisory lock.
    func holder(of merchant: String, ownRun: Int64?) throws -> String {
        let backend = try connection.execute("""
            SELECT a.pid::text, coalesce(nullif(a.application_name, ''), '?'), coalesce(a.client_addr::text, 'local'),
                   to_char(coalesce(a.xact_start, a.backend_start) AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS"Z"')
            FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
            WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1
              AND ((l.classid::bigint << 32) | l.objid::bigint) = hashtextextended($1, 0)
            LIMIT 1
            """, [Self.key(merchant)])
        let run = try connection.execute("""
            SELECT id::text, coalesce(host, '?'), coalesce(pid::text, '?'),
                   to_char(started_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS"Z"'), mode, as_of::text
            FROM rfm_runs WHERE merchant_id = $1 AND status = 'running' AND id <> $2 ORDER BY rfm_runs.id LIMIT 1
            """, [merchant, String(ownRun ?? 0)])
        var parts: [String] = []
        if run.rowCount == 1, let id = run.value(0, 0) {
            parts.append("\(run.value(0, 4) ?? "run") \(id) as of \(run.value(0, 5) ?? "?") from host \(run.value(0, 1) ?? "?") pid \(run.value(0, 2) ?? "?"), started \(run.value(0, 3) ?? "?")")
        }
        if backend.rowCount == 1 {
            parts.append("server backend \(backend.value(0, 0) ?? "?") (\(backend.value(0, 1) ?? "?") from \(backend.value(0, 2) ?? "?"), holding it since \(backend.value(0, 3) ?? "?"))")
        }
        return parts.isEmpty ? "holder unknown" : parts.joined(separator: "; ")
    }

    static func key(_ merchant: String) -> String { "rfm-nightly merchant " + merchant }
}
