import Foundation
import PostgresClient
import RFMConfig
import RFMCore

/// The `rfm_runs` table: one row per merchant per run.
struct RunLedger {
    let connection: Connection

    enum Mode: String { case run, backfill }

    /// Records a run as started (in its own transaction, so a failure stays visible) and returns its id.
    func start(merchant: String, asOf: CivilDate, mode: Mode, source: String, settings: RunSettingsRecord) throws -> Int64 {
        let result = try connection.execute("""
            INSERT INTO rfm_runs (merchant_id, as_of, mode, source, settings, settings_hash, status, host, pid)
            VALUES ($1, $2::date, $3, $4, $5::jsonb, $8, 'running', $6, $7::integer)
            RETURNING id
            """, [
                merchant, asOf.description, mode.rawValue, source, try settings.json(),
                ProcessInfo.processInfo.hostName, String(ProcessInfo.processInfo.processIdentifier), settings.hash,
            ])
        return Int64(result.scalar!)!
    }

    /// Marks the run succeeded with its counts: call inside the transaction that wrote its results.
    func succeed(runID: Int64, quality: DataQuality, summary: SegmentSummary, wroteHistory: Bool, wroteCurrent: Bool) throws {
        let skipped = Dictionary(uniqueKeysWithValues: quality.skipped.map { ($0.key.rawValue, $0.value) })
        let segments = Dictionary(uniqueKeysWithValues: summary.segmentCounts.map { ($0.segment, $0.count) })
        try connection.execute("""
            UPDATE rfm_runs SET status = 'succeeded', finished_at = clock_timestamp(),
                rows_read = $2, rows_skipped = $3, skipped_by_reason = $4::jsonb, duplicates_ignored = $5,
                unknown_currency_rows = $6, unknown_currencies = $7::text[], customers_scored = $8,
                segment_counts = $9::jsonb, wrote_history = $10, wrote_current = $11,
                excluded_rows = $12, excluded_customers = $13
            WHERE id = $1
            """, [
                String(runID), String(quality.rowsRead), String(quality.skippedTotal), try JSONText.encode(skipped),
                String(quality.duplicatesIgnored), String(quality.unknownCurrencyRows),
                "{" + quality.unknownCurrencies.sorted().map(\.description).joined(separator: ",") + "}",
                String(summary.customersScored), try JSONText.encode(segments),
                String(wroteHistory), String(wroteCurrent),
                String(quality.excludedRows), String(quality.excludedCustomers),
            ])
    }

    /// Marks the run failed, best effort: the connection may be the thing that broke.
    func fail(runID: Int64, failure: JobFailure) {
        _ = try? connection.execute("""
            UPDATE rfm_runs SET status = 'failed', finished_at = clock_timestamp(), error = $2, error_sqlstate = $3
            WHERE id = $1 AND status = 'running'
            """, [String(runID), failure.message, failure.sqlState?.code])
    }

    /// Runs left 'running' by a process that died (kill -9, power loss) are marked abandoned.
    /// Only call while holding the merchant's lock, so no live run can be mistaken for a dead one.
    func abandonStale(merchant: String) throws {
        try connection.execute("""
            UPDATE rfm_runs SET status = 'abandoned', finished_at = clock_timestamp(),
                error = 'the process ended before finishing (killed or lost its connection)'
            WHERE merchant_id = $1 AND status = 'running' AND id < (SELECT max(id) FROM rfm_runs WHERE merchant_id = $1)
            """, [merchant])
    }

    /// The as-of date `customer_ltv` holds for the merchant, if any run has written it.
    func currentAsOf(merchant: String) throws -> CivilDate? {
        let result = try connection.execute("""
            SELECT max(as_of)::text FROM rfm_runs WHERE merchant_id = $1 AND status = 'succeeded' AND wrote_current
            """, [merchant])
        return result.scalar.flatMap(CivilDate.init(iso:))
    }
}

/// The settings a run used, as stored in `rfm_runs.settings` (canonical JSON: the effective
/// settings, the scheme's rules and the FX rates used) and `rfm_runs.settings_hash` (its SHA-256).
struct RunSettingsRecord {
    let fingerprint: SettingsFingerprint

    /// `rates`: what the run converts with, the table's rates with the merchant's overrides.
    init(settings: EffectiveSettings, rates: FXRates) {
        fingerprint = SettingsFingerprint(settings: settings, rates: rates)
    }

    func json() throws -> String { fingerprint.text }
    var hash: String { fingerprint.hash }
    var shortHash: String { fingerprint.shortHash }
}

/// JSON with sorted keys: stable text for the ledger.
enum JSONText {
    static func encode<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
