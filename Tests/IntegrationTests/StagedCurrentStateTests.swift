import Foundation
import PostgresClient
@testable import RFMJob
import Testing

/// A large merchant's current state is built in a table of its own on a second connection and
/// swapped in for its partition (`StagedCurrentState`, docs/DECISIONS.md "Write path"). The
/// fixture's merchants are small, so these tests lower `stageCurrentFrom` to 0: each is large,
/// runs on its own and is moved to a partition of its own on its first night.
@Suite(.enabled(if: TestDatabase.isAvailable)) struct StagedCurrentStateTests {
    static var staged: JobOptions {
        var options = JobOptions()
        options.stageCurrentFrom = 0
        return options
    }

    /// Partitions of customer_ltv and their names.
    static func partitions(on connection: Connection) throws -> [String] {
        try connection.execute("""
            SELECT c.relname::text FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
            WHERE i.inhparent = 'customer_ltv'::regclass ORDER BY 1
            """).rows.map { $0[0]! }
    }

    @Test func aStagedCurrentStateEqualsTheReferenceNightAfterNight() throws {
        try TestDatabase.with { database in
            let job = try JobHarness(database)
            let capture = LogCapture()
            for asOf in ["2026-03-01", "2026-03-02", "2026-04-15"] {
                let outcomes = try job.run(asOf, options: Self.staged, logger: capture.logger)
                #expect(outcomes.allSatisfy { $0.succeeded && $0.wroteCurrent })
                for merchant in ["m-alpha", "m-beta", "m-gamma"] {
                    #expect(try job.differencesFromReference(merchant, asOf: asOf) == [], "\(merchant) \(asOf)")
                    #expect(try job.historyDifferencesFromReference(merchant, asOf: asOf) == [], "\(merchant) \(asOf)")
                }
            }
            #expect(!capture.all.contains { $0.message.contains("written in place") })
            #expect(try job.ledgerTotalsDifferingFromHistory() == [])
            // Swapped in under the partition's own name, its indexes part of customer_ltv's, nothing left over.
            let names = try ["m-alpha", "m-beta", "m-gamma"].map {
                try job.connection.execute("SELECT rfm_ensure_current_partition($1)", [$0]).scalar!
            }
            #expect(try Self.partitions(on: job.connection) == (names + ["customer_ltv_shared"]).sorted())
            #expect(try job.connection.execute("""
                SELECT count(*) FROM pg_inherits WHERE inhparent IN ('customer_ltv_pkey'::regclass, 'customer_ltv_segment'::regclass)
                """).scalar == "8")
            // The dashboard's sort indexes, plain and by segment (migration 110): built with the staged table, on each own
            // partition only; the shared one keeps its primary key and segment index.
            let indexes = "SELECT count(*) FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = $1::regclass"
            for name in names {
                #expect(try job.connection.execute(indexes, [name]).scalar == "8", "\(name)")
            }
            #expect(try job.connection.execute(indexes, ["customer_ltv_shared"]).scalar == "2")
            #expect(try job.connection.execute("""
                SELECT count(*) FROM pg_constraint WHERE conrelid = $1::regclass AND contype = 'c'
                """, [names[0]]).scalar == "0")
            #expect(try StagedTables.leftovers(on: job.connection) == [])
            // Transitions of the staged nights agree with a run written in place.
            let transitions = "SELECT md5(string_agg(concat_ws(',', merchant_id, as_of, user_key, from_segment, to_segment, previous_as_of), '|' ORDER BY merchant_id, as_of, user_key)) FROM segment_transitions"
            let stagedTransitions = try job.connection.execute(transitions).scalar
            try job.run("2026-03-02")
            try job.run("2026-04-15")
            #expect(try job.connection.execute(transitions).scalar == stagedTransitions)
        }
    }

    /// A reader holding customer_ltv keeps the run from swapping: after the lock wait the run
    /// writes in place instead (then deletes, as the same reader keeps TRUNCATE out too), says
    /// so, and drops what it staged.
    @Test func aReaderHoldingTheCurrentStateMakesTheRunWriteInPlace() throws {
        try TestDatabase.with { database in
            let job = try JobHarness(database)
            try job.run("2026-03-01", merchants: ["m-alpha"], options: Self.staged)
            let reader = try database.connect()
            try reader.execute("BEGIN ISOLATION LEVEL REPEATABLE READ")
            try reader.execute("LOCK TABLE customer_ltv IN ACCESS SHARE MODE")
            let seen = try reader.execute("SELECT count(*) FROM customer_ltv WHERE merchant_id = 'm-alpha' AND as_of = '2026-03-01'").scalar

            let capture = LogCapture()
            let outcomes = try job.run("2026-03-02", merchants: ["m-alpha"], options: Self.staged, logger: capture.logger)
            #expect(outcomes.allSatisfy { $0.succeeded && $0.wroteCurrent })
            #expect(capture.all.contains { $0.level == .warning && $0.message == "current state written in place: readers held customer_ltv" })
            #expect(try reader.execute("SELECT count(*) FROM customer_ltv WHERE merchant_id = 'm-alpha' AND as_of = '2026-03-01'").scalar == seen)
            try reader.execute("COMMIT")
            #expect(try job.differencesFromReference("m-alpha", asOf: "2026-03-02") == [])
            #expect(try StagedTables.leftovers(on: job.connection) == [])
        }
    }

    /// If building beside fails (here: the staged table's name is taken by a table that is not a
    /// run's leftover), the run writes in place, says so, and leaves the other table alone.
    @Test func aFailedBuildBesideFallsBackToWritingInPlace() throws {
        try TestDatabase.with { database in
            let job = try JobHarness(database)
            try job.run("2026-03-01", merchants: ["m-alpha"], options: Self.staged)
            let nextRun = try job.connection.execute("SELECT last_value + 1 FROM rfm_runs_id_seq").scalar!
            try job.connection.execute("CREATE TABLE customer_ltv_run_\(nextRun) (note text)")

            let capture = LogCapture()
            let outcomes = try job.run("2026-03-02", merchants: ["m-alpha"], options: Self.staged, logger: capture.logger)
            #expect(outcomes.allSatisfy { $0.succeeded && $0.wroteCurrent })
            #expect(outcomes.first?.runID.map(String.init) == nextRun)
            #expect(capture.all.contains { $0.level == .warning && $0.message == "current state written in place: building it beside failed" })
            #expect(try job.differencesFromReference("m-alpha", asOf: "2026-03-02") == [])
            #expect(try job.historyDifferencesFromReference("m-alpha", asOf: "2026-03-02") == [])
            #expect(try StagedTables.leftovers(on: job.connection) == ["customer_ltv_run_\(nextRun)"])
        }
    }

    /// Two merchants swapping at once (`--jobs 2`) wait for each other's swap, never deadlock.
    @Test func twoMerchantsSwapAtOnce() throws {
        try TestDatabase.with { database in
            let job = try JobHarness(database)
            var options = Self.staged
            options.jobs = 2
            for asOf in ["2026-03-01", "2026-03-02"] {
                let outcomes = try job.run(asOf, options: options)
                #expect(outcomes.allSatisfy { $0.succeeded }, "\(outcomes.compactMap { $0.failure?.message })")
                for merchant in ["m-alpha", "m-beta", "m-gamma"] {
                    #expect(try job.differencesFromReference(merchant, asOf: asOf) == [], "\(merchant) \(asOf)")
                }
            }
        }
    }

    /// A staged table a killed run left behind goes with the merchant's next run, and only that
    /// merchant's: another merchant's run in progress may be building one.
    @Test func leftoversGoWithTheMerchantsNextRun() throws {
        try TestDatabase.with { database in
            let job = try JobHarness(database)
            try job.run("2026-03-01", options: Self.staged)
            let runs = try job.connection.execute(
                "SELECT merchant_id, max(id)::text FROM rfm_runs GROUP BY merchant_id ORDER BY 1"
            ).rows.map { ($0[0]!, $0[1]!) }
            for (_, run) in runs {
                try job.connection.execute("CREATE TABLE customer_ltv_run_\(run) (LIKE customer_ltv)")
            }
            try job.run("2026-03-02", merchants: ["m-alpha"], options: Self.staged)
            #expect(try StagedTables.leftovers(on: job.connection) == runs.filter { $0.0 != "m-alpha" }.map { "customer_ltv_run_\($0.1)" })
            #expect(try job.differencesFromReference("m-alpha", asOf: "2026-03-02") == [])
        }
    }
}
