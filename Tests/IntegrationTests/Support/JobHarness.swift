import Logging
import PostgresClient
import RFMCore
@testable import RFMJob

/// Runs the job in-process against a test database and reads back what it wrote.
struct JobHarness {
    let database: TestDatabase
    let connection: Connection

    init(_ database: TestDatabase, fixture: String? = "events") throws {
        self.database = database
        connection = try database.connect()
        try connection.execute("SET TimeZone = 'UTC'")  // timestamps read back as text in UTC
        if let fixture { try database.load(.fixture(fixture)) }
        try database.load(.referenceScores)
    }

    @discardableResult
    func run(
        _ asOf: String, merchants: [String]? = nil, source: String = SourceRelation.defaultName,
        scheme: SegmentScheme = .tracklayer, dryRun: Bool = false, options: JobOptions = JobOptions(),
        logger: Logger = .quiet
    ) throws -> [MerchantOutcome] {
        var settings = ScoringSettings.default
        settings.scheme = scheme
        var options = options
        options.dryRun = dryRun
        let request = RunRequest(asOf: CivilDate(iso: asOf)!, merchants: merchants, sourceName: source, settings: settings)
        return try NightlyJob(conninfo: database.url, logger: logger).run(request, options: options)
    }

    @discardableResult
    func backfill(
        from: String, to: String, merchants: [String]? = nil, redo: Bool = false, options: JobOptions = JobOptions(),
        logger: Logger = .quiet
    ) throws -> [BackfillOutcome] {
        let request = BackfillRequest(
            from: CivilDate(iso: from)!, to: CivilDate(iso: to)!, merchants: merchants, redo: redo
        )
        return try BackfillJob(conninfo: database.url, logger: logger).run(request, options: options)
    }

    /// Succeeded runs whose ledger totals (customers_scored, monetary_total) are not what the
    /// history rows of their date add up to, as "merchant as_of"; only the newest run of a date
    /// is held to it (an older one's rows were replaced).
    func ledgerTotalsDifferingFromHistory() throws -> [String] {
        try connection.execute("""
            SELECT r.merchant_id || ' ' || r.as_of FROM (
                SELECT DISTINCT ON (merchant_id, as_of) * FROM rfm_runs WHERE status = 'succeeded' ORDER BY merchant_id, as_of, id DESC) r
            LEFT JOIN (SELECT merchant_id, snapshot_date, count(*) AS customers, sum(monetary) AS monetary
                       FROM customer_ltv_history GROUP BY 1, 2) h ON h.merchant_id = r.merchant_id AND h.snapshot_date = r.as_of
            WHERE r.monetary_total IS DISTINCT FROM h.monetary OR r.customers_scored IS DISTINCT FROM h.customers
            ORDER BY 1
            """).rows.map { $0[0]! }
    }

    /// customer_ltv rows of a merchant, keyed by user.
    func current(_ merchant: String) throws -> [String: [String: String?]] {
        try rows("""
            SELECT user_key, email_sha256, as_of::text, recency_days::text, frequency::text, monetary::text,
                   tenure_days::text, r_score::text, f_score::text, m_score::text, rfm_score::text, segment,
                   predictive_ltv::text, first_purchase_at::text, last_purchase_at::text, run_id::text
            FROM customer_ltv WHERE merchant_id = $1
            """, [merchant])
    }

    func rows(_ sql: String, _ parameters: [String?] = []) throws -> [String: [String: String?]] {
        let result = try connection.execute(sql, parameters)
        var rows: [String: [String: String?]] = [:]
        for row in 0..<result.rowCount {
            var values: [String: String?] = [:]
            for column in 0..<result.columnCount { values[result.columnName(column)] = result.value(row, column) }
            rows[result.value(row, 0)!] = values
        }
        return rows
    }

    func count(_ sql: String, _ parameters: [String?] = []) throws -> Int {
        Int(try connection.execute(sql, parameters).scalar ?? "0")!
    }

    /// Users whose customer_ltv row differs from the SQL reference in any column, or who are
    /// in one and not the other. Empty means the job and the reference agree exactly.
    func differencesFromReference(_ merchant: String, asOf: String, windowDays: Int = 365, horizonDays: Int = 365) throws -> [String] {
        let result = try connection.execute("""
            WITH ref AS (SELECT * FROM rfm_reference_scores($1, $2::date, $3::int, $4::int)),
                 job AS (SELECT * FROM customer_ltv WHERE merchant_id = $1)
            SELECT coalesce(r.user_key, j.user_key)
            FROM ref r FULL JOIN job j ON j.user_key = r.user_key
            WHERE r.user_key IS NULL OR j.user_key IS NULL OR j.as_of <> $2::date
               OR (r.email_sha256, r.recency_days, r.frequency, r.monetary, r.tenure_days, r.r_score, r.f_score,
                   r.m_score, r.rfm_score, r.segment, r.predictive_ltv, r.first_purchase_at, r.last_purchase_at)
                  IS DISTINCT FROM
                  (j.email_sha256, j.recency_days, j.frequency, j.monetary, j.tenure_days, j.r_score::int, j.f_score::int,
                   j.m_score::int, j.rfm_score::int, j.segment, j.predictive_ltv, j.first_purchase_at, j.last_purchase_at)
            ORDER BY 1
            """, [merchant, asOf, String(windowDays), String(horizonDays)])
        return result.rows.map { $0[0] ?? "?" }
    }

    /// The same comparison for a history date.
    func historyDifferencesFromReference(_ merchant: String, asOf: String, windowDays: Int = 365, horizonDays: Int = 365) throws -> [String] {
        let result = try connection.execute("""
            WITH ref AS (SELECT * FROM rfm_reference_scores($1, $2::date, $3::int, $4::int)),
                 job AS (SELECT * FROM customer_ltv_history WHERE merchant_id = $1 AND snapshot_date = $2::date)
            SELECT coalesce(r.user_key, j.user_key)
            FROM ref r FULL JOIN job j ON j.user_key = r.user_key
            WHERE r.user_key IS NULL OR j.user_key IS NULL
               OR (r.recency_days, r.frequency, r.monetary, r.r_score, r.f_score, r.m_score, r.rfm_score, r.segment,
                   r.predictive_ltv)
                  IS DISTINCT FROM
                  (j.recency_days, j.frequency, j.monetary, j.r_score::int, j.f_score::int, j.m_score::int,
                   j.rfm_score::int, j.segment, j.predictive_ltv)
            ORDER BY 1
            """, [merchant, asOf, String(windowDays), String(horizonDays)])
        return result.rows.map { $0[0] ?? "?" }
    }
}
