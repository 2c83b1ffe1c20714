import Foundation
import PostgresClient
import Testing

/// The job on a Citus cluster (`migrate --distribute`, docs/SCALING.md), through the binary as a
/// user runs it, compared customer by customer with the same data on plain PostgreSQL. Runs
/// when RFM_TEST_CITUS_URL names a cluster; skipped otherwise (CI has none).
///
/// One at a time: every test has a schema of its own but they share the cluster's database, and
/// advisory locks are per database — two tests' merchant `cdnow`, or their run 20, would be one
/// lock, and a test would see another's live process as its own dead run's holder.
@Suite(.serialized, .enabled(if: CitusDatabase.isAvailable && TestDatabase.isAvailable)) struct CitusTests {
    /// The fleet data (small merchants) and one merchant large enough to run on its own.
    static func load(_ connection: Connection, merchants: Int = 24) throws {
        let root = TestPaths.repository
        let data = try String(contentsOf: root.appending(path: "scripts/benchmarks/bench-fleet-data.sql"), encoding: .utf8)
        try connection.executeScript(data.replacingOccurrences(of: "\\set ON_ERROR_STOP on", with: "")
            .replacingOccurrences(of: ":'last_day'", with: "'2026-05-31'").replacingOccurrences(of: ":merchants", with: "\(merchants)")
            .replacingOccurrences(of: ":customers", with: "12"))
        try connection.execute("""
            INSERT INTO purchase_events
            SELECT 'big-one', 'b' || g, 'cus_' || (g % 3000), CASE WHEN g % 4 = 0 THEN NULL ELSE 'c' || (g % 3000) || '@x.example' END,
                   timestamptz '2026-05-31 12:00+00' - (g % 700) * interval '1 day' - (g % 97) * interval '1 minute',
                   ((g * 37) % 20000) / 100.0 + 1, CASE WHEN g % 10 = 0 THEN 'EUR' ELSE 'USD' END,
                   CASE WHEN g % 25 = 0 THEN 'refund' ELSE 'purchase' END
            FROM generate_series(1, 12000) g
            """)
        try CDNOWEvents.load(into: connection)
    }

    /// Every customer's current state and the date's history, in one text: equal means equal.
    static func digest(_ connection: Connection, asOf: String) throws -> String {
        try connection.execute("""
            SELECT md5(string_agg(row(merchant_id, user_key, as_of, recency_days, frequency, monetary, r_score, f_score, m_score,
                                      rfm_score, segment, predictive_ltv, email_sha256)::text, E'\\n' ORDER BY merchant_id, user_key))
            FROM customer_ltv
            """).scalar! + " " + connection.execute("""
            SELECT md5(string_agg(row(merchant_id, user_key, rfm_score, segment, predictive_ltv, monetary)::text, E'\\n'
                                  ORDER BY merchant_id, user_key))
            FROM customer_ltv_history WHERE snapshot_date = $1::date
            """, [asOf]).scalar! + " " + connection.execute("""
            SELECT count(*) || ':' || md5(coalesce(string_agg(row(merchant_id, user_key, from_segment, to_segment)::text, E'\\n'
                                                             ORDER BY merchant_id, user_key), ''))
            FROM segment_transitions WHERE as_of = $1::date
            """, [asOf]).scalar!
    }

    static let environment = ["RFM_BATCH_MERCHANTS": "8", "RFM_STAGE_CURRENT_FROM": "2000"]

    func run(_ arguments: [String], url: String, environment: [String: String] = Self.environment) throws -> BinaryRunner.Result {
        try BinaryRunner.run(arguments + ["--database-url", url], environment: environment)
    }

    /// Distributed as SCALING.md says, and every night (a first, the next, a rerun) gives every
    /// customer what plain PostgreSQL gives, batches and the large merchant alike.
    @Test func aNightOnCitusIsANightOnPostgreSQL() throws {
        try CitusDatabase.with { citus in
            try TestDatabase.with(migrated: false) { plain in
                let migrated = try run(["migrate", "--distribute"], url: citus.url)
                #expect(migrated.status == 0, "\(migrated.stderr)")
                #expect(migrated.stdout.contains("distributed: fx_rates, customer_ltv, customer_ltv_history, segment_transitions, purchase_events"), "\(migrated.stdout)")
                let coordinator = try citus.connect()
                let placement = try coordinator.execute("""
                    SELECT string_agg(logicalrelid::regclass::text || ' ' || partmethod::text || ' ' || colocationid::text, ', ' ORDER BY logicalrelid::regclass::text)
                    FROM pg_dist_partition WHERE logicalrelid::regclass::text IN
                      ('customer_ltv', 'customer_ltv_history', 'segment_transitions', 'fx_rates', 'rfm_runs', 'rfm_merchants', 'purchase_events')
                    """).scalar ?? ""
                let groups = try coordinator.execute("""
                    SELECT count(DISTINCT colocationid) FROM pg_dist_partition
                    WHERE logicalrelid::regclass::text IN ('customer_ltv', 'customer_ltv_history', 'segment_transitions')
                    """).scalar
                #expect(groups == "1", "\(placement)")
                #expect(!placement.contains("rfm_runs") && placement.contains("fx_rates n"), "\(placement)")
                #expect(try run(["migrate", "--distribute"], url: citus.url).stdout.contains("every table is already distributed"))

                #expect(try run(["migrate"], url: plain.url).status == 0)
                try Self.load(coordinator)
                try Self.load(try plain.connect())
                for asOf in ["2026-06-01", "2026-06-02", "2026-06-02"] {
                    let arguments = ["run", "--as-of", asOf, "--jobs", "2"]
                    let onCitus = try run(arguments, url: citus.url)
                    #expect(onCitus.status == 0, "\(onCitus.stderr)")
                    #expect(try run(arguments, url: plain.url).status == 0)
                    #expect(try Self.digest(coordinator, asOf: asOf) == Self.digest(try plain.connect(), asOf: asOf), "\(asOf)")
                }
                #expect(try coordinator.execute("SELECT count(*) FROM rfm_runs WHERE status = 'succeeded'").scalar == "78")
                let bigOne = "SELECT customers FROM rfm_merchants WHERE merchant_id = 'big-one'"
                #expect(try coordinator.execute(bigOne).scalar == plain.connect().execute(bigOne).scalar)
            }
        }
    }

    /// The commands a marketer and an operator use, on the distributed schema.
    @Test func everyCommandWorksOnADistributedSchema() throws {
        try CitusDatabase.with { citus in
            #expect(try run(["migrate", "--distribute"], url: citus.url).status == 0)
            try Self.load(try citus.connect(), merchants: 6)
            #expect(try run(["backfill", "--from", "2026-05-25", "--to", "2026-05-31"], url: citus.url).status == 0)
            #expect(try run(["run", "--as-of", "2026-06-01"], url: citus.url).status == 0)
            let user = try citus.connect().execute("SELECT user_key FROM customer_ltv WHERE merchant_id = 'big-one' ORDER BY rfm_score DESC, user_key LIMIT 1").scalar!
            let commands: [[String]] = [
                ["report", "--merchant", "big-one"], ["report"], ["report", "--merchant", "big-one", "--format", "html"],
                ["export", "--merchant", "big-one", "--segment", "champion"], ["customer", "--merchant", "big-one", user],
                ["changes", "--merchant", "big-one", "--since", "2026-05-26"], ["runs", "--merchant", "big-one"], ["fit", "--merchant", "cdnow", "--as-of", "1997-10-01"],
                ["prune", "--keep-days", "3", "--dry-run"], ["withdraw", "--as-of", "2026-06-01"],
                ["run", "--as-of", "2026-06-01", "--merchant", "big-one"], ["fx", "set", "EUR", "1.10"], ["fx", "list"],
                ["run", "--as-of", "1997-10-01", "--ltv-model", "bgnbd", "--merchant", "cdnow"],
                ["backtest", "--merchant", "cdnow", "--calibration-end", "1997-09-30", "--holdout-days", "273"],
                ["prune", "--keep-days", "3"],
            ]
            for command in commands {
                let result = try run(command, url: citus.url)
                #expect(result.status == 0, "\(command.joined(separator: " ")): \(result.messages.joined(separator: " | "))")
            }
            // prune dropped every day older than three days before today: all of this data's history.
            #expect(try citus.connect().execute("SELECT count(*) FROM customer_ltv_history").scalar == "0")
        }
    }

    /// kill -9 at moments of a night on Citus, in a batch and in the large merchant's own run:
    /// each merchant's current state is wholly the previous night's or wholly the new one's, and
    /// the next run completes as plain PostgreSQL's would.
    @Test(arguments: ["history-copy", "current-copy:2", "ledger-updated:2", "committed:1"])
    func killedOnCitus(failpoint: String) throws {
        try CitusDatabase.with { citus in
            #expect(try run(["migrate", "--distribute"], url: citus.url).status == 0)
            let connection = try citus.connect()
            try Self.load(connection, merchants: 16)
            #expect(try run(["run", "--as-of", "2026-06-01"], url: citus.url).status == 0)
            let killed = try BackgroundRun(
                ["run", "--as-of", "2026-06-02", "--database-url", citus.url],
                environment: Self.environment.merging(["RFM_FAILPOINT": failpoint]) { $1 }
            )
            #expect(killed.waitUntilStopped(), "never reached \(failpoint)")
            killed.kill()
            #expect(try connection.execute("""
                SELECT count(*) FROM (SELECT merchant_id FROM customer_ltv GROUP BY 1 HAVING count(DISTINCT as_of) > 1) mixed
                """).scalar == "0")
            #expect(try connection.execute("""
                SELECT count(*) FROM (SELECT merchant_id FROM customer_ltv_history WHERE snapshot_date = '2026-06-02' GROUP BY 1) h
                FULL JOIN (SELECT DISTINCT merchant_id FROM customer_ltv WHERE as_of = '2026-06-02') c USING (merchant_id)
                WHERE h.merchant_id IS NULL OR c.merchant_id IS NULL
                """).scalar == "0")
            // A merchant still on the first night has exactly that night's rows.
            #expect(try connection.execute("""
                SELECT count(*) FROM customer_ltv c JOIN customer_ltv_history h USING (merchant_id, user_key)
                WHERE c.as_of = '2026-06-01' AND h.snapshot_date = '2026-06-01'
                  AND (c.rfm_score, c.segment, c.predictive_ltv) IS DISTINCT FROM (h.rfm_score, h.segment, h.predictive_ltv)
                """).scalar == "0")
            let rerun = try run(["run", "--as-of", "2026-06-02"], url: citus.url)
            #expect(rerun.status == 0, "\(rerun.stderr)")
            #expect(try connection.execute("SELECT count(*) FROM rfm_runs WHERE status = 'running'").scalar == "0")
            try TestDatabase.with { plain in
                try Self.load(try plain.connect(), merchants: 16)
                #expect(try run(["run", "--as-of", "2026-06-01"], url: plain.url).status == 0)
                #expect(try run(["run", "--as-of", "2026-06-02"], url: plain.url).status == 0)
                #expect(try Self.digest(connection, asOf: "2026-06-02") == Self.digest(try plain.connect(), asOf: "2026-06-02"))
            }
        }
    }

    /// Two `run --share` processes on the cluster: every merchant (24 small, big-one, cdnow) scored once.
    @Test func aSharedNightOnCitus() throws {
        try CitusDatabase.with { citus in
            #expect(try run(["migrate", "--distribute"], url: citus.url).status == 0)
            let connection = try citus.connect()
            try Self.load(connection, merchants: 24)
            let processes = try (0..<2).map { _ in
                try BackgroundRun(["run", "--share", "--as-of", "2026-06-01", "--database-url", citus.url], environment: Self.environment)
            }
            for result in processes.map({ $0.finish() }) { #expect(result.status == 0, "\(result.stderr)") }
            #expect(try connection.execute("""
                SELECT count(*) FROM (SELECT merchant_id FROM rfm_runs WHERE status = 'succeeded' GROUP BY 1 HAVING count(*) = 1) once
                """).scalar == "26")
        }
    }
}

/// Without Citus, `migrate --distribute` is refused before it changes anything.
@Suite(.enabled(if: TestDatabase.isAvailable)) struct DistributeWithoutCitusTests {
    @Test func migrateDistributeIsRefusedOnPlainPostgreSQL() throws {
        try TestDatabase.with(migrated: false) { database in
            let result = try BinaryRunner.run(["migrate", "--distribute", "--database-url", database.url])
            #expect(result.status == 78, "\(result.stderr)")
            #expect(result.messages.contains { $0.contains("no Citus extension") }, "\(result.messages)")
            #expect(try database.connect().execute("SELECT to_regclass('customer_ltv') IS NULL").scalar == "t")
        }
    }
}
