import Foundation
import PostgresClient
import RFMCore
import Testing
@testable import RFMJob

/// A fleet of small merchants, written many to a transaction (`MerchantBatch`, issue 19): every
/// customer as the SQL reference has it, each merchant wholly old or wholly new whatever happens,
/// and a merchant's trouble its own.
@Suite(.enabled(if: TestDatabase.isAvailable)) struct FleetBatchTests {
    /// `merchants` merchants of 12 customers (scripts/benchmarks/bench-fleet-data.sql), and the fleet reference.
    static func fleet(_ database: TestDatabase, merchants: Int = 60) throws -> Connection {
        let connection = try database.connect()
        let root = TestPaths.repository
        let data = try String(contentsOf: root.appending(path: "scripts/benchmarks/bench-fleet-data.sql"), encoding: .utf8)
        try connection.executeScript(data.replacingOccurrences(of: "\\set ON_ERROR_STOP on", with: "")
            .replacingOccurrences(of: ":'last_day'", with: "'2026-05-31'").replacingOccurrences(of: ":merchants", with: "\(merchants)")
            .replacingOccurrences(of: ":customers", with: "12"))
        try connection.executeScript(try String(contentsOf: root.appending(path: "Tests/Fixtures/reference/reference-scores-fleet.sql"), encoding: .utf8))
        return connection
    }

    /// Customers (current state, or `date`'s history) differing from the fleet reference.
    static func differences(on connection: Connection, asOf: String, history: Bool = false) throws -> Int {
        let job = history
            ? "(SELECT merchant_id, user_key, rfm_score, segment, predictive_ltv, monetary FROM customer_ltv_history WHERE snapshot_date = $1::date)"
            : "(SELECT merchant_id, user_key, rfm_score, segment, predictive_ltv, monetary FROM customer_ltv)"
        return Int(try connection.execute("""
            SELECT count(*) FROM rfm_reference_scores_fleet($1::date, 365, 365) r FULL JOIN \(job) j USING (merchant_id, user_key)
            WHERE r.user_key IS NULL OR j.user_key IS NULL
               OR (r.rfm_score, r.segment, r.predictive_ltv, r.monetary) IS DISTINCT FROM (j.rfm_score::int, j.segment, j.predictive_ltv, j.monetary)
            """, [asOf]).scalar!)!
    }

    static var batches: JobOptions {
        var options = JobOptions()
        options.batchMerchants = 8  // 60 merchants: 8 batches
        options.jobs = 2
        return options
    }

    @Test func everyCustomerOfAFleetIsTheReferences() throws {
        try TestDatabase.with { database in
            let connection = try Self.fleet(database)
            let job = try JobHarness(database, fixture: nil)
            for asOf in ["2026-06-01", "2026-06-02", "2026-06-02"] {  // a night, the next, a rerun of it
                let outcomes = try job.run(asOf, options: Self.batches)
                #expect(outcomes.count == 60 && outcomes.allSatisfy(\.succeeded))
                #expect(try Self.differences(on: connection, asOf: asOf) == 0, "\(asOf)")
                #expect(try Self.differences(on: connection, asOf: asOf, history: true) == 0, "\(asOf)")
            }
            // One ledger row per merchant and night (the rerun's replace the night's), all in the shared partition.
            #expect(try connection.execute("SELECT count(*) FROM rfm_runs WHERE status = 'succeeded'").scalar == "180")
            #expect(try connection.execute("SELECT count(*) FROM pg_inherits WHERE inhparent = 'customer_ltv'::regclass").scalar == "1")
            // Segment changes of the second night are the differences between the two snapshots.
            #expect(try connection.execute("""
                SELECT count(*) FROM (
                    SELECT merchant_id, user_key, segment FROM customer_ltv_history WHERE snapshot_date = '2026-06-01'
                    EXCEPT SELECT merchant_id, user_key, segment FROM customer_ltv_history WHERE snapshot_date = '2026-06-02') gone
                """).scalar == connection.execute("""
                SELECT count(*) FROM segment_transitions WHERE as_of = '2026-06-02' AND from_segment IS NOT NULL
                """).scalar)
        }
    }

    /// kill -9 at moments of a batched night (through the built binary, 8 merchants a batch):
    /// every merchant's current state is wholly the previous night's or wholly the new one's,
    /// its history of the night is all there or not at all, and the next run completes.
    @Test(arguments: ["read", "scored", "history-copy", "current-deleted", "current-copy:2", "ledger-updated:3", "committed:4"])
    func killedInABatch(failpoint: String) throws {
        try TestDatabase.with { database in
            let connection = try Self.fleet(database)
            let arguments = ["run", "--as-of", "2026-06-02", "--database-url", database.url]
            #expect(try BinaryRunner.run(["run", "--as-of", "2026-06-01", "--database-url", database.url]).status == 0)
            let environment = ["RFM_BATCH_MERCHANTS": "8", "RFM_FAILPOINT": failpoint]
            let run = try BackgroundRun(arguments, environment: environment)
            #expect(run.waitUntilStopped(), "never reached \(failpoint)")
            run.kill()
            // per merchant: one as-of date in the current state, and history of the night all or nothing
            #expect(try connection.execute("""
                SELECT count(*) FROM (SELECT merchant_id FROM customer_ltv GROUP BY 1 HAVING count(DISTINCT as_of) > 1) mixed
                """).scalar == "0")
            #expect(try connection.execute("""
                SELECT count(*) FROM (SELECT merchant_id FROM customer_ltv_history WHERE snapshot_date = '2026-06-02' GROUP BY 1) h
                FULL JOIN (SELECT DISTINCT merchant_id FROM customer_ltv WHERE as_of = '2026-06-02') c USING (merchant_id)
                WHERE h.merchant_id IS NULL OR c.merchant_id IS NULL
                """).scalar == "0")
            let rerun = try BinaryRunner.run(arguments, environment: ["RFM_BATCH_MERCHANTS": "8"])
            #expect(rerun.status == 0, "\(rerun.stderr)")
            #expect(try Self.differences(on: connection, asOf: "2026-06-02") == 0)
            #expect(try Self.differences(on: connection, asOf: "2026-06-02", history: true) == 0)
            #expect(try connection.execute("SELECT count(*) FROM rfm_runs WHERE status = 'running'").scalar == "0")
        }
    }

    /// A current state that is not the snapshot the ledger names (here forged: as a `withdraw`
    /// whose rebuild never ran leaves it) is not taken for it: the changes come from history.
    @Test func changesComeFromHistoryWhenTheCurrentStateIsNotThePreviousSnapshot() throws {
        try TestDatabase.with { database in
            let connection = try Self.fleet(database, merchants: 12)
            let job = try JobHarness(database, fixture: nil)
            try job.run("2026-06-01", options: Self.batches)
            try connection.execute("UPDATE customer_ltv SET as_of = '2026-05-15', segment = 'lost' WHERE merchant_id = 'fleet-000003'")
            try job.run("2026-06-02", options: Self.batches)
            #expect(try connection.execute("""
                SELECT count(*) FROM (
                    (SELECT user_key, segment FROM customer_ltv_history WHERE merchant_id = 'fleet-000003' AND snapshot_date = '2026-06-02'
                     EXCEPT SELECT user_key, segment FROM customer_ltv_history WHERE merchant_id = 'fleet-000003' AND snapshot_date = '2026-06-01')
                    UNION ALL
                    (SELECT user_key, segment FROM customer_ltv_history WHERE merchant_id = 'fleet-000003' AND snapshot_date = '2026-06-01'
                     EXCEPT SELECT user_key, segment FROM customer_ltv_history WHERE merchant_id = 'fleet-000003' AND snapshot_date = '2026-06-02')) d
                """).scalar == connection.execute("""
                SELECT (count(*) FILTER (WHERE to_segment IS NOT NULL) + count(*) FILTER (WHERE from_segment IS NOT NULL))::text
                FROM segment_transitions WHERE merchant_id = 'fleet-000003' AND as_of = '2026-06-02'
                """).scalar)
            #expect(try connection.execute(
                "SELECT count(*) FROM segment_transitions WHERE merchant_id = 'fleet-000003' AND from_segment = 'lost' AND as_of = '2026-06-02'"
            ).scalar == connection.execute("""
                SELECT count(*)::text FROM customer_ltv_history a JOIN customer_ltv_history b USING (merchant_id, user_key)
                WHERE a.merchant_id = 'fleet-000003' AND a.snapshot_date = '2026-06-01' AND b.snapshot_date = '2026-06-02'
                  AND a.segment = 'lost' AND b.segment <> 'lost'
                """).scalar)
        }
    }

    /// `--strict` refuses the merchant with a bad row; the rest of its batch is written.
    @Test func aMerchantRefusedInABatchGetsNothingWrittenItsBatchMatesDo() throws {
        try TestDatabase.with { database in
            let connection = try Self.fleet(database)
            try connection.execute("""
                INSERT INTO purchase_events VALUES ('fleet-000005', 'bad', 'u', NULL, '2026-05-01', -1.00, 'USD', 'purchase')
                """)
            let job = try JobHarness(database, fixture: nil)
            var options = Self.batches
            options.strict = true
            let outcomes = try job.run("2026-06-01", options: options)
            #expect(outcomes.filter { !$0.succeeded }.map(\.merchant) == ["fleet-000005"])
            #expect(outcomes.first { !$0.succeeded }?.failure?.category == .badData)
            #expect(try connection.execute("SELECT count(*) FROM customer_ltv WHERE merchant_id = 'fleet-000005'").scalar == "0")
            #expect(try connection.execute("SELECT count(*) FROM customer_ltv_history WHERE merchant_id = 'fleet-000005'").scalar == "0")
            #expect(try connection.execute("SELECT status FROM rfm_runs WHERE merchant_id = 'fleet-000005'").scalar == "failed")
            #expect(try connection.execute("SELECT count(DISTINCT merchant_id) FROM customer_ltv").scalar == "59")
        }
    }

    /// A merchant another session holds is left out of its batch and run on its own, after it
    /// waits for the lock; the rest of the batch does not wait.
    @Test func aMerchantHeldByAnotherRunIsRunAloneAfterItsLockIsFree() throws {
        try TestDatabase.with { database in
            _ = try Self.fleet(database, merchants: 10)
            // Used by the closure only after this thread is done with it: never at once.
            nonisolated(unsafe) let holder = try database.connect()
            try holder.execute("SELECT pg_advisory_lock(hashtextextended('rfm-nightly merchant fleet-000004', 0))")
            DispatchQueue.global().asyncAfter(deadline: .now() + 1) { _ = try? holder.execute("SELECT pg_advisory_unlock_all()") }
            let job = try JobHarness(database, fixture: nil)
            let capture = LogCapture()
            let outcomes = try job.run("2026-06-01", logger: capture.logger)
            #expect(outcomes.count == 10 && outcomes.allSatisfy(\.succeeded), "\(outcomes.compactMap(\.failure?.message))")
            #expect(try Self.differences(on: job.connection, asOf: "2026-06-01") == 0)
            // nine in the batch, one after on its own
            #expect(capture.all.contains { $0.message == "batch done" && $0.metadata["busy"]?.description == "1" })
        }
    }
}
