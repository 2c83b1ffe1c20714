import Foundation
import PostgresClient
import RFMConfig
import RFMCore

/// The ledger for a batch of merchants: the same rows as one merchant's runs (one per merchant
/// and date), each statement for the whole batch.
extension RunLedger {
    /// One merchant of a batch, as `start` records it.
    struct BatchStart {
        let merchant: String
        let source: String
        let settings: SettingsFingerprint
    }

    /// Records the merchants' runs as started, in one statement of its own transaction, and
    /// returns their ids. Call holding every merchant's lock: a batch's rows exist only while it
    /// holds them, so a `running` row of a merchant whose lock is free is a dead process's
    /// (no liveness lock per row: `abandonStale` also finds dead batch rows through it).
    func startBatch(_ starts: [BatchStart], asOf: CivilDate, mode: Mode) throws -> [ByteKey: Int64] {
        let host = ProcessInfo.processInfo.hostName, pid = String(ProcessInfo.processInfo.processIdentifier)
        // Most merchants of a batch share their settings: each distinct text goes once, and each
        // merchant names its own by position (1-based), instead of 500 copies of the same JSON.
        var distinct: [String] = [], position: [String: Int] = [:], positions: [Int] = []
        for start in starts {
            if let known = position[start.settings.hash] {
                positions.append(known)
            } else {
                distinct.append(start.settings.text)
                position[start.settings.hash] = distinct.count
                positions.append(distinct.count)
            }
        }
        let result = try connection.execute("""
            INSERT INTO rfm_runs (merchant_id, as_of, mode, source, settings, settings_hash, status, host, pid)
            SELECT v.m, $2::date, $3, v.s, ($5::jsonb[])[v.p], h, 'running', $7, $8::integer
            FROM unnest($1::text[], $4::text[], $6::integer[], $9::text[]) AS v(m, s, p, h)
            RETURNING merchant_id, id::text
            """, [
                PostgresArray.text(starts.map(\.merchant)), asOf.description, mode.rawValue,
                PostgresArray.text(starts.map(\.source)), PostgresArray.text(distinct), PostgresArray.integers(positions),
                host, pid, PostgresArray.text(starts.map(\.settings.hash)),
            ])
        var ids: [ByteKey: Int64] = [:]
        for row in result.rows { if let merchant = row[0], let id = row[1].flatMap({ Int64($0) }) { ids[ByteKey(merchant)] = id } }
        return ids
    }

    /// `abandonStale` for every merchant of a batch at once.
    func abandonStale(merchants: [String]) throws {
        try connection.execute("""
            UPDATE rfm_runs SET status = 'abandoned', finished_at = clock_timestamp(),
                error = 'the process ended before finishing (killed, crashed or lost its connection)'
            WHERE merchant_id = ANY($1::text[]) AND status = 'running'
              AND pg_try_advisory_lock(hashtextextended('rfm-nightly run ' || id, 0))
              AND pg_advisory_unlock(hashtextextended('rfm-nightly run ' || id, 0))
            """, [PostgresArray.text(merchants)])
    }

    /// What `succeed` records, for one merchant of a batch.
    struct BatchSuccess {
        let runID: Int64
        let quality: DataQuality
        let summary: SegmentSummary
        let wroteCurrent: Bool
        let model: ModelRunSummary?
    }

    /// `succeed` (and `recordModel`) for every merchant of a batch, in one statement of the
    /// transaction that wrote their results; the merchants' `rfm_merchants` rows with it.
    func succeedBatch(_ successes: [BatchSuccess]) throws {
        guard !successes.isEmpty else { return }
        func column<T>(_ value: (BatchSuccess) -> T) -> [T] { successes.map(value) }
        let skipped = successes.map { success in
            JSONText.counts(Dictionary(uniqueKeysWithValues: success.quality.skipped.map { ($0.key.rawValue, $0.value) }))
        }
        let segments = successes.map { success in
            JSONText.counts(Dictionary(uniqueKeysWithValues: success.summary.segmentCounts.map { ($0.segment, $0.count) }))
        }
        let currencies = successes.map { "{" + $0.quality.unknownCurrencies.sorted().map(\.description).joined(separator: ",") + "}" }
        try connection.execute("""
            WITH v AS (
                SELECT * FROM unnest($1::bigint[], $2::bigint[], $3::bigint[], $4::text[], $5::bigint[], $6::bigint[],
                                     $7::text[], $8::integer[], $9::text[], $10::boolean[], $11::bigint[], $12::bigint[],
                                     $13::integer[], $14::text[], $15::numeric[])
                    AS v(id, rows_read, rows_skipped, skipped, duplicates, unknown_rows, unknown, customers, segments,
                         wrote_current, after_cutoff, excluded_rows, excluded_customers, model, monetary)),
            done AS (
                UPDATE rfm_runs r SET status = 'succeeded', finished_at = clock_timestamp(),
                    rows_read = v.rows_read, rows_skipped = v.rows_skipped, skipped_by_reason = v.skipped::jsonb,
                    duplicates_ignored = v.duplicates, unknown_currency_rows = v.unknown_rows, unknown_currencies = v.unknown::text[],
                    customers_scored = v.customers, segment_counts = v.segments::jsonb, wrote_history = true,
                    wrote_current = v.wrote_current, rows_after_cutoff = v.after_cutoff, excluded_rows = v.excluded_rows,
                    excluded_customers = v.excluded_customers, clv_model = v.model::jsonb, monetary_total = v.monetary
                FROM v WHERE r.id = v.id
                RETURNING r.merchant_id, r.rows_read, r.customers_scored, r.finished_at, r.as_of, r.wrote_current, r.wrote_history)
            \(Self.noteMerchants)
            """, [
                PostgresArray.integers(column(\.runID)), PostgresArray.integers(column { $0.quality.rowsRead }),
                PostgresArray.integers(column { $0.quality.skippedTotal }), PostgresArray.text(skipped),
                PostgresArray.integers(column { $0.quality.duplicatesIgnored }),
                PostgresArray.integers(column { $0.quality.unknownCurrencyRows }), PostgresArray.text(currencies),
                PostgresArray.integers(column { $0.summary.customersScored }), PostgresArray.text(segments),
                "{" + successes.map { $0.wroteCurrent ? "t" : "f" }.joined(separator: ",") + "}",
                PostgresArray.integers(column { $0.quality.rowsAfterCutoff }),
                PostgresArray.integers(column { $0.quality.excludedRows }),
                PostgresArray.integers(column { $0.quality.excludedCustomers }),
                PostgresArray.text(successes.map { $0.model?.ledgerJSON.compactText }),
                PostgresArray.text(successes.map { Cents.format($0.summary.totalMonetaryCents) }),
            ])
    }

    /// `fail` for several runs of a batch, in one statement (in the batch's transaction when
    /// the batch goes on without them; on its own otherwise).
    func failBatch(_ failures: [(runID: Int64, failure: JobFailure)]) throws {
        guard !failures.isEmpty else { return }
        try connection.execute("""
            UPDATE rfm_runs r SET status = 'failed', finished_at = clock_timestamp(), error = v.error, error_sqlstate = v.state
            FROM unnest($1::bigint[], $2::text[], $3::text[]) AS v(id, error, state)
            WHERE r.id = v.id AND r.status = 'running'
            """, [
                PostgresArray.integers(failures.map(\.runID)), PostgresArray.text(failures.map(\.failure.message)),
                PostgresArray.text(failures.map { $0.failure.sqlState?.code }),
            ])
    }
}
