import Foundation
import PostgresClient
import RFMCore

/// The `rfm_runs` table: one row per merchant per run.
struct RunLedger {
    let connection: Connection

    enum Mode: String { case run, backfill }

    /// Records a run as started (in its own transaction, so a failure stays visible) and returns its id.
    func start(merchant: String, asOf: CivilDate, mode: Mode, source: String, settings: RunSettingsRecord) throws -> Int64 {
        let result = try connection.execute("""
            INSERT INTO rfm_runs (merchant_id, as_of, mode, source, settings, status, host, pid)
            VALUES ($1, $2::date, $3, $4, $5::jsonb, 'running', $6, $7::integer)
            RETURNING id
            """, [
                merchant, asOf.description, mode.rawValue, source, try settings.json(),
                ProcessInfo.processInfo.hostName, String(ProcessInfo.processInfo.processIdentifier),
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
                segment_counts = $9::jsonb, wrote_history = $10, wrote_current = $11, rows_after_cutoff = $12
            WHERE id = $1
            """, [
                String(runID), String(quality.rowsRead), String(quality.skippedTotal), try JSONText.encode(skipped),
                String(quality.duplicatesIgnored), String(quality.unknownCurrencyRows),
                "{" + quality.unknownCurrencies.sorted().map(\.description).joined(separator: ",") + "}",
                String(summary.customersScored), try JSONText.encode(segments),
                String(wroteHistory), String(wroteCurrent), String(quality.rowsAfterCutoff),
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

    /// Dates in `range` whose history a succeeded run wrote with exactly these settings.
    func datesWritten(merchant: String, in range: ClosedRange<CivilDate>, settings: RunSettingsRecord) throws -> Set<CivilDate> {
        let result = try connection.execute("""
            SELECT DISTINCT as_of::text FROM rfm_runs
            WHERE merchant_id = $1 AND as_of BETWEEN $2::date AND $3::date AND status = 'succeeded'
              AND wrote_history AND settings = $4::jsonb
            """, [merchant, range.lowerBound.description, range.upperBound.description, try settings.json()])
        return Set(result.rows.compactMap { $0[0].flatMap(CivilDate.init(iso:)) })
    }

    /// The as-of date `customer_ltv` holds for the merchant, if any run has written it.
    func currentAsOf(merchant: String) throws -> CivilDate? {
        let result = try connection.execute("""
            SELECT max(as_of)::text FROM rfm_runs WHERE merchant_id = $1 AND status = 'succeeded' AND wrote_current
            """, [merchant])
        return result.scalar.flatMap(CivilDate.init(iso:))
    }
}

/// The settings a run used, as stored in `rfm_runs.settings`.
struct RunSettingsRecord: Encodable {
    let windowDays: Int
    let horizonDays: Int
    let weights: [String: String]
    let scheme: String
    let purchaseKinds: [String]
    let refundKinds: [String]
    let fxRates: [String: String]
    /// Only with the model on, so a seed run's record is what it always was.
    let ltvModel: String?
    let annualDiscountRate: Double?

    enum CodingKeys: String, CodingKey {
        case windowDays = "window_days", horizonDays = "horizon_days", weights, scheme
        case purchaseKinds = "purchase_kinds", refundKinds = "refund_kinds", fxRates = "fx_rates"
        case ltvModel = "ltv_model", annualDiscountRate = "annual_discount_rate"
    }

    init(settings: ScoringSettings, rates: FXRates) {
        windowDays = settings.windowDays
        horizonDays = settings.horizonDays
        weights = [
            "recency": RFMWeights.decimal(settings.weights.recency),
            "frequency": RFMWeights.decimal(settings.weights.frequency),
            "monetary": RFMWeights.decimal(settings.weights.monetary),
        ]
        scheme = settings.scheme.name
        purchaseKinds = settings.purchaseKinds
        refundKinds = settings.refundKinds
        fxRates = Dictionary(uniqueKeysWithValues: rates.micros.map { ($0.key.description, Self.rateText($0.value)) })
        ltvModel = settings.ltvModel == .seed ? nil : settings.ltvModel.rawValue
        annualDiscountRate = settings.ltvModel == .seed ? nil : settings.annualDiscountRate
    }

    func json() throws -> String { try JSONText.encode(self) }

    static func rateText(_ micros: Int64) -> String {
        let fraction = String(micros % 1_000_000)
        return "\(micros / 1_000_000).\(String(repeating: "0", count: 6 - fraction.count))\(fraction)"
    }
}

/// JSON with sorted keys: stable text for the ledger.
enum JSONText {
    static func encode<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
