import Foundation
import PostgresClient
import RFMConfig
import RFMCore

/// The `rfm_runs` table: one row per merchant per run.
struct RunLedger {
    let connection: Connection

    enum Mode: String { case run, backfill }

    /// Records a run as started (in its own transaction, so a failure stays visible) and returns
    /// its id. The run then holds a session lock keyed by that id for as long as its process
    /// lives: a `running` row whose lock is free belongs to a process that died.
    func start(merchant: String, asOf: CivilDate, mode: Mode, source: String, settings: SettingsFingerprint) throws -> Int64 {
        let result = try connection.execute("""
            INSERT INTO rfm_runs (merchant_id, as_of, mode, source, settings, settings_hash, status, host, pid)
            VALUES ($1, $2::date, $3, $4, $5::jsonb, $8, 'running', $6, $7::integer)
            RETURNING id
            """, [
                merchant, asOf.description, mode.rawValue, source, settings.text,
                ProcessInfo.processInfo.hostName, String(ProcessInfo.processInfo.processIdentifier), settings.hash,
            ])
        let runID = Int64(result.scalar!)!
        try connection.execute("SELECT pg_advisory_lock(hashtextextended($1, 0))", [Self.liveness(runID)])
        return runID
    }

    /// The run is over (succeeded or failed): it no longer needs to show it is alive.
    func end(runID: Int64) {
        _ = try? connection.execute("SELECT pg_advisory_unlock(hashtextextended($1, 0))", [Self.liveness(runID)])
    }

    static func liveness(_ runID: Int64) -> String { "rfm-nightly run \(runID)" }

    /// Marks the run succeeded with its counts, and the merchant's size and last success in
    /// `rfm_merchants`: call inside the transaction that wrote its results.
    func succeed(runID: Int64, quality: DataQuality, summary: SegmentSummary, wroteHistory: Bool, wroteCurrent: Bool) throws {
        let skipped = JSONText.counts(Dictionary(uniqueKeysWithValues: quality.skipped.map { ($0.key.rawValue, $0.value) }))
        let segments = JSONText.counts(Dictionary(uniqueKeysWithValues: summary.segmentCounts.map { ($0.segment, $0.count) }))
        try connection.execute("""
            WITH done AS (
                UPDATE rfm_runs SET status = 'succeeded', finished_at = clock_timestamp(),
                    rows_read = $2, rows_skipped = $3, skipped_by_reason = $4::jsonb, duplicates_ignored = $5,
                    unknown_currency_rows = $6, unknown_currencies = $7::text[], customers_scored = $8,
                    segment_counts = $9::jsonb, wrote_history = $10, wrote_current = $11, rows_after_cutoff = $12,
                    excluded_rows = $13, excluded_customers = $14, monetary_total = $15::numeric
                WHERE id = $1
                RETURNING merchant_id, rows_read, customers_scored, finished_at, as_of, wrote_current, wrote_history)
            \(Self.noteMerchants)
            """, [
                String(runID), String(quality.rowsRead), String(quality.skippedTotal), skipped,
                String(quality.duplicatesIgnored), String(quality.unknownCurrencyRows),
                "{" + quality.unknownCurrencies.sorted().map(\.description).joined(separator: ",") + "}",
                String(summary.customersScored), segments,
                String(wroteHistory), String(wroteCurrent), String(quality.rowsAfterCutoff),
                String(quality.excludedRows), String(quality.excludedCustomers), Cents.format(summary.totalMonetaryCents),
            ])
    }

    /// The tail of a statement whose CTE `done` returns succeeded runs: their merchants' sizes and
    /// last success go to `rfm_merchants`.
    static let noteMerchants = """
        INSERT INTO rfm_merchants AS m (merchant_id, rows_read, customers, last_success_at, current_as_of, newest_as_of)
        SELECT merchant_id, rows_read, customers_scored, finished_at,
               CASE WHEN wrote_current THEN as_of END, CASE WHEN wrote_history THEN as_of END
        FROM done
        ON CONFLICT (merchant_id) DO UPDATE SET
            rows_read = excluded.rows_read, customers = excluded.customers, last_success_at = excluded.last_success_at,
            current_as_of = greatest(m.current_as_of, excluded.current_as_of),
            newest_as_of = greatest(m.newest_as_of, excluded.newest_as_of)
        """

    /// Recomputes the merchant's dates in `rfm_merchants` from the ledger, after runs were
    /// withdrawn (the greatest-of update above only moves forward).
    func renoteDates(merchant: String) throws {
        try connection.execute("""
            UPDATE rfm_merchants SET
                current_as_of = (SELECT max(as_of) FROM rfm_runs WHERE merchant_id = $1 AND status = 'succeeded' AND wrote_current),
                newest_as_of = (SELECT max(as_of) FROM rfm_runs WHERE merchant_id = $1 AND status = 'succeeded' AND wrote_history)
            WHERE merchant_id = $1
            """, [merchant])
    }

    /// Marks the run failed, best effort: the connection may be the thing that broke.
    func fail(runID: Int64, failure: JobFailure) {
        _ = try? connection.execute("""
            UPDATE rfm_runs SET status = 'failed', finished_at = clock_timestamp(), error = $2, error_sqlstate = $3
            WHERE id = $1 AND status = 'running'
            """, [String(runID), failure.message, failure.sqlState?.code])
        end(runID: runID)
    }

    /// Runs left `running` by a process that died (kill -9, power loss, lost connection) are
    /// marked abandoned: their liveness lock is free. Live runs, even ones waiting for this
    /// merchant, hold theirs.
    func abandonStale(merchant: String, except ownRun: Int64?) throws {
        try connection.execute("""
            UPDATE rfm_runs SET status = 'abandoned', finished_at = clock_timestamp(),
                error = 'the process ended before finishing (killed, crashed or lost its connection)'
            WHERE merchant_id = $1 AND status = 'running' AND id <> $2
              AND pg_try_advisory_lock(hashtextextended('rfm-nightly run ' || id, 0))
              AND pg_advisory_unlock(hashtextextended('rfm-nightly run ' || id, 0))
            """, [merchant, String(ownRun ?? 0)])
    }

    /// Dates in `range` whose history a succeeded run wrote with exactly these settings (same hash).
    func datesWritten(merchant: String, in range: ClosedRange<CivilDate>, settings: SettingsFingerprint) throws -> Set<CivilDate> {
        let result = try connection.execute("""
            SELECT DISTINCT as_of::text FROM rfm_runs
            WHERE merchant_id = $1 AND as_of BETWEEN $2::date AND $3::date AND status = 'succeeded'
              AND wrote_history AND settings_hash = $4
            """, [merchant, range.lowerBound.description, range.upperBound.description, settings.hash])
        return Set(result.rows.compactMap { $0[0].flatMap(CivilDate.init(iso:)) })
    }

    /// What the ledger knows of a merchant (`rfm_merchants`): its newest succeeded run's size,
    /// the as-of date of its current state and of its newest snapshot.
    struct MerchantRecord: Sendable {
        let rowsRead: Int64
        let customers: Int
        let currentAsOf: CivilDate?
        let newestAsOf: CivilDate?
    }

    /// The records of `merchants` (nil: of every merchant): one row each, not a scan of every
    /// run the ledger holds.
    func records(of merchants: [String]? = nil) throws -> [ByteKey: MerchantRecord] {
        let result = try connection.execute("""
            SELECT merchant_id, rows_read::text, customers::text, current_as_of::text, newest_as_of::text FROM rfm_merchants
            WHERE $1::text[] IS NULL OR merchant_id = ANY($1::text[])
            """, [merchants.map(PostgresArray.text)])
        var records: [ByteKey: MerchantRecord] = [:]
        for row in result.rows {
            if let merchant = row[0], let rows = row[1].flatMap({ Int64($0) }), let customers = row[2].flatMap({ Int($0) }) {
                records[ByteKey(merchant)] = MerchantRecord(
                    rowsRead: rows, customers: customers,
                    currentAsOf: row[3].flatMap(CivilDate.init(iso:)), newestAsOf: row[4].flatMap(CivilDate.init(iso:))
                )
            }
        }
        return records
    }

    /// The as-of date `customer_ltv` holds for the merchant, if any run has written it.
    func currentAsOf(merchant: String) throws -> CivilDate? {
        let result = try connection.execute("""
            SELECT max(as_of)::text FROM rfm_runs WHERE merchant_id = $1 AND status = 'succeeded' AND wrote_current
            """, [merchant])
        return result.scalar.flatMap(CivilDate.init(iso:))
    }
}
