import Foundation
import RFMCore
import Testing
@testable import RFMJob

/// Running unattended: locks, lost connections, --strict, metrics, pruning, parallel merchants.
@Suite(.enabled(if: TestDatabase.isAvailable)) struct OperationsTests {
    @Test func aLockedMerchantWaitsThenExits73NamingTheHolder() throws {
        try TestDatabase.with { database in
            try database.load(.fixture("events"))
            let holder = try database.connect()
            try holder.execute("SET application_name = 'nightly-on-db-2'")
            try holder.execute("SELECT pg_advisory_lock(hashtextextended('rfm-nightly merchant m-beta', 0))")
            try holder.execute("""
                INSERT INTO rfm_runs (merchant_id, as_of, mode, source, settings, status, host, pid, started_at)
                VALUES ('m-beta', '2026-02-28', 'run', 'purchase_events', '{}', 'running', 'db-2', 4242, '2026-03-01 04:30:00+00')
                """)
            let started = Date()
            let result = try BinaryRunner.run([
                "run", "--as-of", "2026-03-01", "--merchant", "m-beta", "--lock-timeout", "1", "--database-url", database.url,
            ])
            #expect(result.status == 73)
            #expect(Date().timeIntervalSince(started) >= 1)
            let message = try #require(result.messages.first)
            #expect(message.hasPrefix("rfm-nightly: merchant m-beta is locked by another run (run "))
            #expect(message.contains("as of 2026-02-28 from host db-2 pid 4242, started 2026-03-01 04:30:00Z"))
            #expect(message.contains("server backend \(holder.backendPID) (nightly-on-db-2 from local"))
            #expect(message.hasSuffix("gave up after 1s"))
            // a merchant nobody holds runs meanwhile
            let other = try BinaryRunner.run(["run", "--as-of", "2026-03-01", "--merchant", "m-gamma", "--database-url", database.url])
            #expect(other.status == 0)
            // released, the merchant runs
            try holder.execute("SELECT pg_advisory_unlock_all()")
            let after = try BinaryRunner.run(["run", "--as-of", "2026-03-01", "--merchant", "m-beta", "--database-url", database.url])
            #expect(after.status == 0)
        }
    }

    @Test func twoRunsOfOneMerchantTakeTurns() throws {
        try TestDatabase.with { database in
            let job = try JobHarness(database)
            let url = database.url
            let group = DispatchGroup()
            for _ in 0..<2 {
                group.enter()
                DispatchQueue.global().async {
                    let request = RunRequest(asOf: CivilDate(iso: "2026-03-01")!, merchants: ["m-alpha"])
                    _ = try? NightlyJob(conninfo: url, logger: .quiet).run(request)
                    group.leave()
                }
            }
            group.wait()
            #expect(try job.count("SELECT count(*) FROM rfm_runs WHERE status = 'succeeded'") == 2)
            #expect(try job.historyDifferencesFromReference("m-alpha", asOf: "2026-03-01") == [])
            #expect(try job.differencesFromReference("m-alpha", asOf: "2026-03-01") == [])
        }
    }

    /// The server drops the connection mid-run: exit 75, nothing written; with --retries, done.
    @Test(arguments: [false, true])
    func aLostConnectionIsATemporaryFailure(retrying: Bool) throws {
        try TestDatabase.with { database in
            let job = try JobHarness(database)
            var arguments = ["run", "--as-of", "2026-03-01", "--merchant", "m-alpha", "--database-url", database.url]
            if retrying { arguments += ["--retries", "2"] }
            let run = try BackgroundRun(arguments, environment: ["RFM_FAILPOINT": "read-done"])
            #expect(run.waitUntilStopped())
            try job.connection.execute("""
                SELECT pg_terminate_backend(pid) FROM pg_stat_activity
                WHERE datname = current_database() AND application_name = 'rfm-nightly' AND pid <> pg_backend_pid()
                """)
            run.resume()
            let result = run.finish()
            if retrying {
                #expect(result.status == 0, "\(result.stderr)")
                #expect(result.stderr.contains("\"msg\":\"transient failure, retrying\""))
                #expect(try job.differencesFromReference("m-alpha", asOf: "2026-03-01") == [])
            } else {
                #expect(result.status == 75)
                #expect(result.messages.first?.hasPrefix("rfm-nightly: database connection lost or interrupted, retry later:") == true)
                #expect(try job.count("SELECT count(*) FROM customer_ltv") == 0)
                #expect(try job.count("SELECT count(*) FROM customer_ltv_history") == 0)
            }
        }
    }

    @Test func strictRefusesMerchantsWithWarningsAndWritesNothingForThem() throws {
        try TestDatabase.with { database in
            let job = try JobHarness(database)
            var options = JobOptions()
            options.strict = true
            let outcomes = try job.run("2026-03-01", options: options)
            #expect(outcomes.map(\.succeeded) == [false, true, false])
            #expect(outcomes[0].failure?.category == .badData)
            #expect(outcomes[0].failure?.message == "--strict: 8 data-quality warnings (amount_not_a_number 1, conflicting_duplicate 4, malformed_currency 1, negative_amount 1, unknown_kind 1); nothing written")
            #expect(outcomes[2].failure?.message == "--strict: 1 data-quality warnings (unknown_currency 1); nothing written")
            #expect(try job.count("SELECT count(*) FROM customer_ltv WHERE merchant_id <> 'm-beta'") == 0)
            #expect(try job.count("SELECT count(*) FROM customer_ltv_history WHERE merchant_id <> 'm-beta'") == 0)
            #expect(try job.count("SELECT count(*) FROM customer_ltv WHERE merchant_id = 'm-beta'") == 4)

            let cli = try BinaryRunner.run(["run", "--as-of", "2026-03-02", "--strict", "--database-url", database.url])
            #expect(cli.status == 65)
            #expect(cli.messages.first?.hasPrefix("rfm-nightly: --strict: 8 data-quality warnings") == true)
        }
    }

    @Test func rowsAfterTheCutoffAreCountedInTheLedger() throws {
        try TestDatabase.with { database in
            let job = try JobHarness(database)
            let outcomes = try job.run("2026-03-01", merchants: ["m-alpha"])
            let expected = try job.count("SELECT count(*) FROM purchase_events WHERE merchant_id = 'm-alpha' AND occurred_at >= '2026-03-01'")
            #expect(expected >= 1)  // carol's purchase at the cutoff
            #expect(outcomes[0].quality.rowsAfterCutoff == expected)
            #expect(try job.count("SELECT rows_after_cutoff FROM rfm_runs") == expected)
            #expect(RunSummaryText.render(outcomes[0]).contains(" · \(expected) after the cutoff, ignored"))
        }
    }

    @Test func metricsFileHoldsTheRunInPrometheusTextFormat() throws {
        try TestDatabase.with { database in
            try database.load(.fixture("events"))
            let directory = FileManager.default.temporaryDirectory.appending(path: "rfm-metrics-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: directory) }
            let path = directory.appending(path: "rfm.prom").path
            let result = try BinaryRunner.run(["run", "--as-of", "2026-03-01", "--metrics-file", path, "--database-url", database.url])
            #expect(result.status == 0)
            let metrics = try String(contentsOfFile: path, encoding: .utf8)
            let lines = Set(metrics.split(separator: "\n").map(String.init))
            // fleet totals, however many merchants
            let customers = try database.connect().execute("SELECT count(*) FROM customer_ltv").scalar!
            #expect(lines.contains("rfm_nightly_last_run_exit_code{command=\"run\"} 0"))
            #expect(lines.contains("rfm_nightly_merchants{outcome=\"succeeded\",command=\"run\"} 3"))
            #expect(lines.contains("rfm_nightly_customers_scored{command=\"run\"} \(customers)"))
            #expect(lines.contains("rfm_nightly_rows_skipped{reason=\"negative_amount\",command=\"run\"} 1"))
            #expect(lines.contains("rfm_nightly_unknown_currency_rows{command=\"run\"} 1"))
            #expect(lines.contains("rfm_nightly_stale_merchants 0"))
            #expect(lines.contains { $0.hasPrefix("rfm_nightly_oldest_success_timestamp_seconds ") })
            // no series per merchant when every merchant succeeded
            #expect(!metrics.contains("merchant=\""))
            #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["rfm.prom"])  // no temporary left

            // a failing run replaces it: exit code 65, the refused merchants 0, last success kept
            let strict = try BinaryRunner.run(["run", "--as-of", "2026-03-02", "--strict", "--metrics-file", path, "--database-url", database.url])
            #expect(strict.status == 65)
            let after = Set(try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map(String.init))
            #expect(after.contains("rfm_nightly_last_run_exit_code{command=\"run\"} 65"))
            // the refused merchants, and only they, by name: failed, and their last success kept
            let named = after.filter { $0.hasPrefix("rfm_nightly_merchant_failed{") }.sorted()
            #expect(named == ["rfm_nightly_merchant_failed{merchant=\"m-alpha\",command=\"run\"} 1", "rfm_nightly_merchant_failed{merchant=\"m-gamma\",command=\"run\"} 1"])
            #expect(after.filter { $0.hasPrefix("rfm_nightly_last_success_timestamp_seconds{merchant=") }.count == 2)
            #expect(after.contains("rfm_nightly_merchants{outcome=\"failed\",command=\"run\"} 2"))
        }
    }

    /// History has a partition per day; a month partition made before migration 040 keeps its
    /// days, and prune drops either kind only when all of its days are older than the kept ones.
    @Test func pruneDropsWholePartitionsOnly() throws {
        try TestDatabase.with { database in
            let job = try JobHarness(database)
            try job.connection.execute("""
                CREATE TABLE customer_ltv_history_2025_12 PARTITION OF customer_ltv_history
                FOR VALUES FROM ('2025-12-01') TO ('2026-01-01')
                """)
            for date in ["2025-12-15", "2026-01-15", "2026-01-31", "2026-02-01", "2026-03-01"] { try job.run(date) }
            let pruner = HistoryPruner(connection: job.connection, logger: .quiet)
            #expect(try pruner.partitions().map(\.name) == [
                "customer_ltv_history_2025_12", "customer_ltv_history_2026_01_15", "customer_ltv_history_2026_01_31",
                "customer_ltv_history_2026_02_01", "customer_ltv_history_2026_03_01",
            ])
            #expect(try job.connection.execute(
                "SELECT DISTINCT tableoid::regclass::text FROM customer_ltv_history WHERE snapshot_date = '2025-12-15'"
            ).rows == [["customer_ltv_history_2025_12"]])
            // keeping from 2026-01-31: that day's partition stays, the older ones go
            let listed = try pruner.prune(keepFrom: CivilDate(iso: "2026-01-31")!, dryRun: true)
            #expect(listed.map(\.name) == ["customer_ltv_history_2025_12", "customer_ltv_history_2026_01_15"])
            #expect(try pruner.partitions().count == 5)
            let dropped = try pruner.prune(keepFrom: CivilDate(iso: "2026-02-01")!, dryRun: false)
            #expect(dropped.map(\.name) == [
                "customer_ltv_history_2025_12", "customer_ltv_history_2026_01_15", "customer_ltv_history_2026_01_31",
            ])
            #expect(try job.connection.execute("SELECT DISTINCT snapshot_date::text FROM customer_ltv_history ORDER BY 1").rows
                == [["2026-02-01"], ["2026-03-01"]])
            #expect(try job.historyDifferencesFromReference("m-alpha", asOf: "2026-03-01") == [])

            let cli = try BinaryRunner.run(["prune", "--keep-days", "1", "--dry-run", "--database-url", database.url])
            #expect(cli.status == 0)
            #expect(cli.stdout.contains("would drop customer_ltv_history_2026_02_01 (2026-02-01 … 2026-02-01, "))
            #expect(cli.stdout.contains(" kB)\n"))
            #expect(cli.stdout.hasSuffix("2 partitions would be dropped; history kept from \(todayUTCForTests().adding(days: -1))\n"))
        }
    }

    @Test func merchantsInParallelGiveTheSameResults() throws {
        try TestDatabase.with { database in
            let job = try JobHarness(database)
            var options = JobOptions()
            options.jobs = 3
            let outcomes = try job.run("2026-03-01", options: options)
            #expect(outcomes.map(\.merchant) == ["m-alpha", "m-beta", "m-gamma"])
            for merchant in ["m-alpha", "m-beta", "m-gamma"] {
                #expect(try job.differencesFromReference(merchant, asOf: "2026-03-01") == [])
            }
        }
    }

    /// Merchants that run on their own go largest first by what they read last time, or, never
    /// run, by their rows counted in the source (so with several `--jobs` the largest never
    /// starts last); then the batches. Outcomes still come back in the listed order.
    @Test func theLargestMerchantStartsFirst() throws {
        try TestDatabase.with { database in
            let job = try JobHarness(database)
            var alone = JobOptions()
            alone.batchRows = 1  // every merchant is "large": each runs on its own
            func order(_ asOf: String) throws -> [String] {
                let capture = LogCapture()
                let outcomes = try job.run(asOf, options: alone, logger: capture.logger)
                #expect(outcomes.map(\.merchant) == ["m-alpha", "m-beta", "m-gamma"])
                return capture.all.filter { $0.message == "merchant done" }.compactMap { $0.metadata["merchant"]?.description }
            }
            try job.run("2026-03-01", merchants: ["m-beta"])
            // m-beta by what it read on 2026-03-01; the others, never run, by their rows counted in the source
            let sizes = try job.connection.execute("""
                SELECT merchant_id, count(*) FROM purchase_events WHERE merchant_id <> 'm-beta' AND occurred_at < '2026-03-02' GROUP BY 1
                UNION ALL SELECT merchant_id, rows_read FROM rfm_merchants
                ORDER BY 2 DESC, 1
                """).rows.map { $0[0]! }
            #expect(try order("2026-03-02") == sizes)
            // the fixture's merchants are small and alike: give them sizes out of name order
            try job.connection.execute("""
                UPDATE rfm_merchants SET rows_read = CASE merchant_id WHEN 'm-gamma' THEN 900 WHEN 'm-alpha' THEN 50 ELSE 7 END
                """)
            #expect(try order("2026-03-03") == ["m-gamma", "m-alpha", "m-beta"])
        }
    }

    @Test func aRoleWithoutAccessExits77() throws {
        try TestDatabase.with { database in
            try database.load(.fixture("events"))
            let admin = try database.connect()
            let role = "rfm_reader_\(database.name.suffix(8))"
            try admin.execute("CREATE ROLE \(role) LOGIN")
            defer { _ = try? admin.execute("DROP OWNED BY \(role)"); _ = try? admin.execute("DROP ROLE \(role)") }
            var url = URLComponents(string: database.url)!
            url.user = role
            let result = try BinaryRunner.run(["run", "--as-of", "2026-03-01", "--database-url", url.string!])
            #expect(result.status == 77)
            #expect(result.messages.first?.contains("permission denied") == true)
        }
    }
}

func todayUTCForTests() -> CivilDate {
    CivilDate(containingUnixMicroseconds: Int64(Date().timeIntervalSince1970 * 1_000_000))
}
