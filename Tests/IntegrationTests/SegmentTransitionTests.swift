import PostgresClient
import RFMCore
import Testing
@testable import RFMJob

/// segment_transitions, written inside each run's transaction, against hand-worked values and
/// against an independent SQL derivation from customer_ltv_history.
@Suite(.enabled(if: TestDatabase.isAvailable)) struct SegmentTransitionTests {
    /// Every transition row, in key order: merchant, as_of, user_key, from, to, previous_as_of.
    static func transitions(_ job: JobHarness, merchant: String? = nil) throws -> [[String?]] {
        try job.connection.execute("""
            SELECT merchant_id, as_of::text, user_key, from_segment, to_segment, previous_as_of::text
            FROM segment_transitions WHERE $1::text IS NULL OR merchant_id = $1 ORDER BY 1, 2, 3
            """, [merchant]).rows
    }

    /// The same rows derived in plain SQL from the history: for each snapshot date after a
    /// merchant's first, the customers whose segment differs from the date before (NULL = not
    /// scored). A snapshot is a date a run succeeded for, even one that scored nobody.
    static func reference(_ job: JobHarness) throws -> [[String?]] {
        try job.connection.execute("""
            WITH dates AS (SELECT DISTINCT merchant_id, as_of AS snapshot_date FROM rfm_runs WHERE status = 'succeeded'),
            pairs AS (
                SELECT merchant_id, snapshot_date AS as_of,
                       lag(snapshot_date) OVER (PARTITION BY merchant_id ORDER BY snapshot_date) AS previous_as_of
                FROM dates),
            sides AS (
                SELECT p.merchant_id, p.as_of, p.previous_as_of, h.user_key, h.segment, h.snapshot_date = p.as_of AS is_later
                FROM pairs p
                JOIN customer_ltv_history h ON h.merchant_id = p.merchant_id AND h.snapshot_date IN (p.as_of, p.previous_as_of)
                WHERE p.previous_as_of IS NOT NULL)
            SELECT merchant_id, as_of::text, user_key,
                   max(segment) FILTER (WHERE NOT is_later), max(segment) FILTER (WHERE is_later), previous_as_of::text
            FROM sides
            GROUP BY merchant_id, as_of, previous_as_of, user_key
            HAVING max(segment) FILTER (WHERE NOT is_later) IS DISTINCT FROM max(segment) FILTER (WHERE is_later)
            ORDER BY 1, 2, 3
            """).rows
    }

    @Test func theFirstRunIsABaselineAndLaterRunsRecordWhatChanged() throws {
        try TestDatabase.with { database in
            let job = try JobHarness(database)
            try job.run("2026-01-30", merchants: ["m-beta"])
            #expect(try Self.transitions(job) == [])
            // m-beta by hand (ReportTests has the rankings): on 2026-01-30 p3 champion (90), p4 loyal (70);
            // on 2026-03-01 p1, p2 are new champions; on 2026-04-15 p3 falls to loyal (79) and p4 leaves the window.
            let march = try job.run("2026-03-01", merchants: ["m-beta"])
            let april = try job.run("2026-04-15", merchants: ["m-beta"])
            #expect(try Self.transitions(job) == [
                ["m-beta", "2026-03-01", "p1", nil, "champion", "2026-01-30"],
                ["m-beta", "2026-03-01", "p2", nil, "champion", "2026-01-30"],
                ["m-beta", "2026-04-15", "p3", "champion", "loyal", "2026-03-01"],
                ["m-beta", "2026-04-15", "p4", "loyal", nil, "2026-03-01"],
            ])
            let runs = try job.connection.execute("SELECT DISTINCT as_of::text, run_id::text FROM segment_transitions ORDER BY 1").rows
            #expect(runs == [["2026-03-01", String(march[0].runID!)], ["2026-04-15", String(april[0].runID!)]])
        }
    }

    @Test func everyRunMatchesTheDifferencesOfConsecutiveSnapshots() throws {
        try TestDatabase.with { database in
            let job = try JobHarness(database)
            try database.load(.fixture("marketing"))
            for date in ["2025-12-01", "2026-01-30", "2026-03-01", "2026-03-02", "2026-04-15", "2026-06-01"] { try job.run(date) }
            let rows = try Self.transitions(job)
            #expect(rows.count > 300)  // m-alpha's generated customers move a lot over these dates
            // m-gamma scored nobody on 2025-12-01 (q1 first bought 2026-01-15): an empty snapshot, so q1 entered.
            #expect(rows.contains(["m-gamma", "2026-01-30", "q1", nil, "champion", "2025-12-01"]))
            #expect(rows == (try Self.reference(job)))
        }
    }

    /// The backfill command compares consecutive dates in memory and redoes the snapshot after
    /// the range once; with nightly snapshots around and inside the range (a date already done
    /// is skipped, so the dates around it compare with it) every row equals the SQL derivation.
    @Test func aBackfillAroundExistingSnapshotsMatchesTheDerivation() throws {
        try TestDatabase.with { database in
            let job = try JobHarness(database)
            try database.load(.fixture("marketing"))
            for date in ["2026-02-20", "2026-02-26", "2026-03-10"] { try job.run(date) }
            let outcomes = try job.backfill(from: "2026-02-22", to: "2026-03-03")
            #expect(outcomes.allSatisfy { $0.succeeded && $0.skippedDates.map(\.description) == ["2026-02-26"] })
            let rows = try Self.transitions(job)
            #expect(rows.contains { $0[1] == "2026-03-10" && $0[5] == "2026-03-03" })  // the snapshot after the range, redone
            #expect(rows.contains { $0[1] == "2026-02-27" && $0[5] == "2026-02-26" })  // the date after the skipped one
            #expect(rows == (try Self.reference(job)))
        }
    }

    @Test func aRerunReplacesTheDatesTransitions() throws {
        try TestDatabase.with { database in
            let job = try JobHarness(database)
            for date in ["2026-01-30", "2026-03-01"] { try job.run(date) }
            let before = try Self.transitions(job)
            let rerun = try job.run("2026-03-01")
            #expect(try Self.transitions(job) == before)
            #expect(try job.count("SELECT count(DISTINCT run_id) FROM segment_transitions WHERE merchant_id = 'm-alpha'") == 1)
            #expect(try job.count("SELECT count(*) FROM segment_transitions WHERE run_id = $1::bigint", [String(rerun[0].runID!)]) > 0)
            #expect(before == (try Self.reference(job)))
        }
    }

    /// A backfill slides a snapshot in between two others: the next one's transitions are
    /// recomputed against it, and the table ends as if the dates had run in order.
    @Test func aBackfillRewritesTheNextSnapshotsTransitions() throws {
        let inOrder = try TestDatabase.with { database in
            let job = try JobHarness(database)
            for date in ["2026-01-30", "2026-03-01", "2026-04-15"] { try job.run(date) }
            return try Self.transitions(job)
        }
        try TestDatabase.with { database in
            let job = try JobHarness(database)
            for date in ["2026-01-30", "2026-04-15"] { try job.run(date) }
            #expect(try job.count("SELECT count(*) FROM segment_transitions WHERE previous_as_of = '2026-01-30' AND as_of = '2026-04-15'") > 0)
            let backfill = try job.run("2026-03-01")
            #expect(backfill.allSatisfy { $0.keptNewerCurrent })
            #expect(try Self.transitions(job) == inOrder)
            #expect(try Self.transitions(job) == (try Self.reference(job)))
            // and a rerun of the backfilled date changes nothing
            try job.run("2026-03-01")
            #expect(try Self.transitions(job) == inOrder)
        }
    }

    @Test func aBackfillBeforeTheFirstSnapshotMakesTheFormerBaselineComparable() throws {
        try TestDatabase.with { database in
            let job = try JobHarness(database)
            try job.run("2026-03-01", merchants: ["m-beta"])
            #expect(try Self.transitions(job) == [])
            try job.run("2026-01-30", merchants: ["m-beta"])
            #expect(try Self.transitions(job) == [
                ["m-beta", "2026-03-01", "p1", nil, "champion", "2026-01-30"],
                ["m-beta", "2026-03-01", "p2", nil, "champion", "2026-01-30"],
            ])
        }
    }

    @Test func aDryRunOrAFailedRunRecordsNothing() throws {
        try TestDatabase.with { database in
            let job = try JobHarness(database)
            try job.run("2026-01-30")
            try job.run("2026-03-01", dryRun: true)
            #expect(try Self.transitions(job) == [])
            try job.connection.executeScript("""
                CREATE FUNCTION boom() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN RAISE EXCEPTION 'disk on fire'; END $$;
                CREATE TRIGGER boom BEFORE INSERT ON customer_ltv FOR EACH ROW EXECUTE FUNCTION boom();
                """)
            let failed = try job.run("2026-03-01")
            #expect(failed.allSatisfy { !$0.succeeded })
            #expect(try Self.transitions(job) == [])  // written before customer_ltv, rolled back with it
        }
    }
}
