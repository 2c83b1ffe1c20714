import Foundation
import PostgresClient
import Testing

/// `run --share` and `backfill --share` (docs/SCALING.md): processes started with the same
/// command against one database divide the merchants; each merchant–date is scored by exactly
/// one of them, and what a killed process held is taken over by the others.
@Suite(.enabled(if: TestDatabase.isAvailable)) struct SharedNightTests {
    static let environment = ["RFM_BATCH_MERCHANTS": "4", "RFM_SHARE_POLL_MS": "100"]

    /// Merchant–dates with other than exactly one succeeded run of `mode`.
    static func notScoredOnce(on connection: Connection, dates: [String], mode: String = "run") throws -> Int {
        Int(try connection.execute("""
            SELECT count(*) FROM (SELECT DISTINCT merchant_id FROM purchase_events) m CROSS JOIN unnest($1::date[]) d(as_of)
            LEFT JOIN LATERAL (SELECT count(*) n FROM rfm_runs r
                               WHERE r.merchant_id = m.merchant_id AND r.as_of = d.as_of AND r.status = 'succeeded' AND r.mode = $2) r ON true
            WHERE r.n <> 1
            """, [PostgresArray.text(dates), mode]).scalar!)!
    }

    /// One process stops holding its first batch; two more share the night and finish the rest;
    /// the first is killed (-9) and the other two take its batch over once the server frees its
    /// locks. Every merchant ends with exactly one succeeded run, every customer as the reference.
    @Test func aKilledProcessesMerchantsAreTakenOverByTheOthers() throws {
        try TestDatabase.with { database in
            let connection = try FleetBatchTests.fleet(database, merchants: 24)
            let arguments = ["run", "--share", "--as-of", "2026-06-01", "--database-url", database.url]
            let first = try BackgroundRun(arguments, environment: Self.environment.merging(["RFM_FAILPOINT": "scored"]) { $1 })
            #expect(first.waitUntilStopped(), "the first process never reached its failpoint")
            let others = try (0..<2).map { _ in try BackgroundRun(arguments, environment: Self.environment) }
            // The others do the rest, then wait for the stopped process's batch: they do not end.
            Thread.sleep(forTimeInterval: 2)
            #expect(others.allSatisfy { $0.process.isRunning })
            #expect(try connection.execute("SELECT count(DISTINCT merchant_id) FROM rfm_runs WHERE status = 'succeeded'").scalar == "20")
            first.kill()
            let results = others.map { $0.finish() }
            for result in results { #expect(result.status == 0, "\(result.stderr)") }
            #expect(try Self.notScoredOnce(on: connection, dates: ["2026-06-01"]) == 0)
            #expect(try FleetBatchTests.differences(on: connection, asOf: "2026-06-01") == 0)
            #expect(try FleetBatchTests.differences(on: connection, asOf: "2026-06-01", history: true) == 0)
            // The killed process's runs are marked abandoned, and the ledger names who did each.
            #expect(try connection.execute("SELECT count(*) FROM rfm_runs WHERE status = 'running'").scalar == "0")
            let pids = Set(try connection.execute("SELECT DISTINCT pid::text FROM rfm_runs WHERE status = 'succeeded'").rows.compactMap { $0[0] })
            #expect(pids.isSubset(of: Set(others.map { String($0.pid) })) && !pids.isEmpty)
            let summaries = results.map(\.stdout).joined()
            #expect(summaries.contains("by other processes (--share)"), "\(summaries)")
            // `runs` shows which process ran each.
            let runs = try BinaryRunner.run(["runs", "--limit", "3", "--database-url", database.url])
            #expect(runs.stdout.contains("process") && (runs.stdout.contains(":\(others[0].pid)") || runs.stdout.contains(":\(others[1].pid)")), "\(runs.stdout)")
        }
    }

    /// Merchants large enough to run alone (here every one: a partition of its own, the current
    /// state staged on a second connection and swapped in): a process stopped mid-merchant is
    /// killed, the other takes that merchant over, and every customer is the reference's.
    @Test func largeMerchantsAreSharedAndTakenOverToo() throws {
        try TestDatabase.with { database in
            let connection = try FleetBatchTests.fleet(database, merchants: 6)
            let large = Self.environment.merging(["RFM_BATCH_ROWS": "10", "RFM_STAGE_CURRENT_FROM": "10"]) { $1 }
            let arguments = ["run", "--share", "--as-of", "2026-06-01", "--database-url", database.url]
            let first = try BackgroundRun(arguments, environment: large.merging(["RFM_FAILPOINT": "current-copy:2"]) { $1 })
            #expect(first.waitUntilStopped(), "the first process never reached its failpoint")
            let other = try BackgroundRun(arguments, environment: large)
            Thread.sleep(forTimeInterval: 1.5)
            #expect(other.process.isRunning)  // waiting for the merchant the stopped one holds
            first.kill()
            let result = other.finish()
            #expect(result.status == 0, "\(result.stderr)")
            #expect(try Self.notScoredOnce(on: connection, dates: ["2026-06-01"]) == 0)
            #expect(try FleetBatchTests.differences(on: connection, asOf: "2026-06-01") == 0)
            #expect(try connection.execute("SELECT count(*) FROM pg_inherits WHERE inhparent = 'customer_ltv'::regclass").scalar == "7")
            #expect(try connection.execute("SELECT count(*) FROM rfm_runs WHERE status = 'running'").scalar == "0")
        }
    }

    /// Once every merchant is done, another `--share` process scores nothing and exits 0; without
    /// `--share`, a rerun recomputes as always.
    @Test func aLateProcessFindsEverythingDone() throws {
        try TestDatabase.with { database in
            let connection = try FleetBatchTests.fleet(database, merchants: 8)
            let arguments = ["run", "--share", "--as-of", "2026-06-01", "--database-url", database.url]
            #expect(try BinaryRunner.run(arguments, environment: Self.environment).status == 0)
            let metrics = FileManager.default.temporaryDirectory.appending(path: "shared-\(UUID().uuidString).prom").path
            defer { try? FileManager.default.removeItem(atPath: metrics) }
            let late = try BinaryRunner.run(arguments + ["--metrics-file", metrics], environment: Self.environment)
            #expect(late.status == 0, "\(late.stderr)")
            #expect(late.stdout.contains("8 of 8 merchants scored for 2026-06-01 (8 of them by other processes)"), "\(late.stdout)")
            // Counted apart, so that a sum over hosts counts each merchant once.
            let prom = try String(contentsOfFile: metrics, encoding: .utf8)
            #expect(prom.contains("rfm_nightly_merchants{outcome=\"succeeded\",command=\"run\"} 0"), "\(prom)")
            #expect(prom.contains("rfm_nightly_merchants{outcome=\"scored_elsewhere\",command=\"run\"} 8"), "\(prom)")
            #expect(try connection.execute("SELECT count(*) FROM rfm_runs").scalar == "8")
            let alone = try BinaryRunner.run(["run", "--as-of", "2026-06-01", "--database-url", database.url])
            #expect(alone.status == 0)
            #expect(try connection.execute("SELECT count(*) FROM rfm_runs WHERE status = 'succeeded'").scalar == "16")
            let dry = try BinaryRunner.run(arguments + ["--dry-run"])
            #expect(dry.status == 64 && dry.stderr.contains("--share"), "\(dry.stderr)")
            let redo = try BinaryRunner.run(["backfill", "--share", "--redo", "--from", "2026-05-30", "--to", "2026-05-31", "--database-url", database.url])
            #expect(redo.status == 64 && redo.stderr.contains("--redo"), "\(redo.stderr)")
        }
    }

    /// Two `backfill --share` processes at once: each merchant–date written by exactly one.
    @Test func aSharedBackfillWritesEachMerchantDateOnce() throws {
        try TestDatabase.with { database in
            let connection = try FleetBatchTests.fleet(database, merchants: 12)
            let arguments = ["backfill", "--share", "--from", "2026-05-30", "--to", "2026-06-01", "--jobs", "2", "--database-url", database.url]
            let processes = try (0..<2).map { _ in try BackgroundRun(arguments, environment: Self.environment) }
            for result in processes.map({ $0.finish() }) { #expect(result.status == 0, "\(result.stderr)") }
            #expect(try Self.notScoredOnce(on: connection, dates: ["2026-05-30", "2026-05-31", "2026-06-01"], mode: "backfill") == 0)
            #expect(try FleetBatchTests.differences(on: connection, asOf: "2026-05-31", history: true) == 0)
        }
    }
}
