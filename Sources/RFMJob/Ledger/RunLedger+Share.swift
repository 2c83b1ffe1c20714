import PostgresClient
import RFMCore

extension RunLedger {
    /// Of `merchants` (each with its settings hash), those a run already scored for `asOf` with
    /// those settings (`--share`: done by another process, or by an earlier run). Ask holding
    /// their locks: the holder commits its ledger row before it lets go, so a merchant found free
    /// and not here is not done.
    func scoredElsewhere(_ merchants: [(merchant: String, settingsHash: String)], asOf: CivilDate) throws -> [ByteKey: ScoredElsewhere] {
        guard !merchants.isEmpty else { return [:] }
        let found = try connection.execute("""
            SELECT m.merchant, r.id::text, coalesce(r.host, '?'), coalesce(r.pid::text, '?')
            FROM unnest($1::text[], $2::text[]) AS m(merchant, hash)
            CROSS JOIN LATERAL (
                SELECT id, host, pid FROM rfm_runs
                WHERE merchant_id = m.merchant AND as_of = $3::date AND mode = 'run' AND status = 'succeeded'
                  AND settings_hash = m.hash
                ORDER BY id DESC LIMIT 1) r
            """, [PostgresArray.text(merchants.map(\.merchant)), PostgresArray.text(merchants.map(\.settingsHash)), asOf.description])
        var done: [ByteKey: ScoredElsewhere] = [:]
        for row in found.rows {
            guard let merchant = row[0], let id = row[1].flatMap({ Int64($0) }) else { continue }
            done[ByteKey(merchant)] = ScoredElsewhere(runID: id, host: row[2] ?? "?", pid: row[3] ?? "?")
        }
        return done
    }
}
