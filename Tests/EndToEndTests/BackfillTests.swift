import Foundation
import RFMCore
import Testing
@testable import RFMJob

/// `backfill`: every date exactly as its nightly run, oldest first, once, resumable.
@Suite(.enabled(if: TestDatabase.isAvailable)) struct BackfillTests {
    static let merchants = ["m-alpha", "m-beta", "m-gamma"]

    static func dates(_ from: String, _ to: String) -> [String] {
        let first = CivilDate(iso: from)!
        return (0...CivilDate(iso: to)!.days(since: first)).map { first.adding(days: $0).description }
    }

    @Test func everyDateEqualsTheReferenceAndTheCurrentStateTakesTheNewest() throws {
        try TestDatabase.with { database in
            let job = try JobHarness(database)
            let outcomes = try job.backfill(from: "2026-02-20", to: "2026-03-05")
            #expect(outcomes.allSatisfy { $0.succeeded && $0.dates.count == 14 })
            for merchant in Self.merchants {
                for date in Self.dates("2026-02-20", "2026-03-05") {
                    #expect(try job.historyDifferencesFromReference(merchant, asOf: date) == [], "\(merchant) \(date)")
                }
                #expect(try job.differencesFromReference(merchant, asOf: "2026-03-05") == [], "\(merchant)")
            }
            // oldest first, one backfill ledger row per merchant and date, current written once
            let ledger = try job.connection.execute("""
                SELECT as_of::text, wrote_current FROM rfm_runs WHERE merchant_id = 'm-beta' AND mode = 'backfill' ORDER BY id
                """).rows
            #expect(ledger.map { $0[0]! } == Self.dates("2026-02-20", "2026-03-05"))
            #expect(ledger.map { $0[1]! } == Array(repeating: "f", count: 13) + ["t"])
        }
    }

    /// With several jobs, a merchant whose id sorts after the largest one's writes each date only
    /// after the largest has (`HistoryWriteOrder`): a day's partition then takes the large merchant's
    /// keys before the keys that sort after them. One sorting before it does not wait.
    @Test func merchantsSortingAfterTheLargestWriteEachDateAfterIt() throws {
        try TestDatabase.with { database in
            let job = try JobHarness(database)
            try job.run("2026-02-19")  // the sizes the backfill orders merchants by
            let sizes = try RunLedger(connection: job.connection).records()
            let leader = Self.merchants.max { sizes[ByteKey($0)]!.rowsRead < sizes[ByteKey($1)]!.rowsRead }!
            #expect(Self.merchants.contains { $0 > leader }, "the fixture's largest merchant must not sort last")
            var options = JobOptions()
            options.jobs = 3
            let outcomes = try job.backfill(from: "2026-02-20", to: "2026-03-05", options: options)
            #expect(outcomes.allSatisfy { $0.succeeded && $0.dates.count == 14 })
            let runIDs = try job.connection.execute(
                "SELECT merchant_id, as_of::text, id::text FROM rfm_runs WHERE mode = 'backfill'"
            ).rows.reduce(into: [String: Int]()) { $0["\($1[0]!) \($1[1]!)"] = Int($1[2]!)! }
            for follower in Self.merchants where follower > leader {
                for date in Self.dates("2026-02-20", "2026-03-05") {
                    #expect(runIDs["\(follower) \(date)"]! > runIDs["\(leader) \(date)"]!, "\(follower) wrote \(date) before \(leader)")
                    #expect(try job.historyDifferencesFromReference(follower, asOf: date) == [], "\(follower) \(date)")
                }
            }
        }
    }

    /// A nightly run and a backfill for the same date write the same history rows.
    @Test func aBackfilledDateEqualsItsNightlyRun() throws {
        try TestDatabase.with { nightlyDatabase in
            try TestDatabase.with { backfillDatabase in
                let nightly = try JobHarness(nightlyDatabase)
                let backfill = try JobHarness(backfillDatabase)
                try backfill.backfill(from: "2026-02-27", to: "2026-03-02")
                for date in Self.dates("2026-02-27", "2026-03-02") {
                    try nightly.run(date)
                    let query = """
                        SELECT merchant_id || '/' || user_key, rfm_score::text, segment, predictive_ltv::text, monetary::text,
                               frequency::text, recency_days::text, r_score::text, f_score::text, m_score::text
                        FROM customer_ltv_history WHERE snapshot_date = $1::date
                        """
                    let expected = try nightly.rows(query, [date])
                    #expect(expected.count > 250)
                    #expect(try backfill.rows(query, [date]) == expected, "\(date)")
                }
            }
        }
    }

    @Test func underANewerCurrentStateItWritesHistoryOnly() throws {
        try TestDatabase.with { database in
            let job = try JobHarness(database)
            try job.run("2026-04-15")
            let current = try job.current("m-alpha")
            let outcomes = try job.backfill(from: "2026-02-25", to: "2026-03-01")
            #expect(outcomes.allSatisfy { $0.dates.allSatisfy { !$0.wroteCurrent } })
            #expect(try job.current("m-alpha") == current)
            #expect(try job.historyDifferencesFromReference("m-alpha", asOf: "2026-02-27") == [])
        }
    }

    @Test func datesAlreadyWrittenAreSkippedUnlessRedone() throws {
        try TestDatabase.with { database in
            let job = try JobHarness(database)
            try job.backfill(from: "2026-02-25", to: "2026-03-01")
            let widened = try job.backfill(from: "2026-02-20", to: "2026-03-03")
            #expect(widened.allSatisfy { $0.skippedDates.count == 5 && $0.dates.count == 7 })
            #expect(widened[0].dates.map(\.asOf.description) == Self.dates("2026-02-20", "2026-02-24") + ["2026-03-02", "2026-03-03"])
            let again = try job.backfill(from: "2026-02-20", to: "2026-03-03")
            #expect(again.allSatisfy { $0.dates.isEmpty && $0.skippedDates.count == 12 })
            let redone = try job.backfill(from: "2026-02-20", to: "2026-03-03", redo: true)
            #expect(redone.allSatisfy { $0.dates.count == 12 })
            #expect(try job.count("""
                SELECT count(*) FROM (SELECT 1 FROM customer_ltv_history GROUP BY merchant_id, user_key, snapshot_date HAVING count(*) > 1) d
                """) == 0)
            for date in Self.dates("2026-02-20", "2026-03-03") {
                #expect(try job.historyDifferencesFromReference("m-alpha", asOf: date) == [], "\(date)")
            }
        }
    }

    /// Killed after its third date, the same command run again continues at the fourth.
    @Test func aKilledBackfillContinuesWhenRunAgain() throws {
        try TestDatabase.with { database in
            try database.load(.fixture("events"))
            try database.load(.referenceScores)
            let arguments = ["backfill", "--from", "2026-02-20", "--to", "2026-03-01", "--merchant", "m-alpha", "--summary", "merchants", "--database-url", database.url]
            let run = try BackgroundRun(arguments, environment: ["RFM_FAILPOINT": "date-committed:3"])
            #expect(run.waitUntilStopped())
            run.kill()
            let connection = try database.connect()
            #expect(try connection.execute("SELECT count(DISTINCT snapshot_date) FROM customer_ltv_history").scalar == "3")
            let again = try BinaryRunner.run(arguments)
            #expect(again.status == 0, "\(again.stderr)")
            #expect(again.stdout.contains("  already done        3 dates written before with the same settings (--redo recomputes them)\n"))
            let job = try JobHarness(database, fixture: nil)
            for date in Self.dates("2026-02-20", "2026-03-01") {
                #expect(try job.historyDifferencesFromReference("m-alpha", asOf: date) == [], "\(date)")
            }
            #expect(try job.differencesFromReference("m-alpha", asOf: "2026-03-01") == [])
            // killed right after a commit: every date has exactly one succeeded ledger row
            #expect(try connection.execute("SELECT count(*), count(DISTINCT as_of) FROM rfm_runs WHERE status = 'succeeded'").rows == [["10", "10"]])
            #expect(try connection.execute("SELECT count(*) FROM rfm_runs WHERE status <> 'succeeded'").scalar == "0")
        }
    }

    /// A configuration file shapes every backfilled date, and its hash decides what counts as done.
    @Test func aConfigurationAppliesToEveryDate() throws {
        try TestDatabase.with { database in
            try database.load(.fixture("events"))
            try database.load(.referenceScores)
            try ConfigurationCommandTests.withFile("""
                defaults:
                  window_days: 30
                  horizon_days: 730
                """) { path in
                let arguments = ["backfill", "--from", "2026-02-26", "--to", "2026-03-01", "--config", path, "--summary", "merchants", "--database-url", database.url]
                let first = try BinaryRunner.run(arguments)
                #expect(first.status == 0, "\(first.stderr)")
                let job = try JobHarness(database, fixture: nil)
                for date in Self.dates("2026-02-26", "2026-03-01") {
                    #expect(try job.historyDifferencesFromReference("m-alpha", asOf: date, windowDays: 30, horizonDays: 730) == [], "\(date)")
                }
                #expect(try job.differencesFromReference("m-alpha", asOf: "2026-03-01", windowDays: 30, horizonDays: 730) == [])
                // same settings: nothing to do; other settings (the built-in ones): every date again
                let again = try BinaryRunner.run(arguments)
                #expect(again.stdout.contains("  already done        4 dates written before with the same settings (--redo recomputes them)\n"))
                let builtIn = try BinaryRunner.run(["backfill", "--from", "2026-02-26", "--to", "2026-03-01", "--database-url", database.url])
                #expect(builtIn.status == 0)
                #expect(!builtIn.stdout.contains("already done"))
                #expect(try job.historyDifferencesFromReference("m-alpha", asOf: "2026-02-27") == [])
            }
        }
    }

    @Test func theSummaryListsEveryDate() throws {
        try TestDatabase.with { database in
            try database.load(.fixture("events"))
            let result = try BinaryRunner.run([
                "backfill", "--from", "2026-02-27", "--to", "2026-03-01", "--merchant", "m-beta", "--summary", "merchants", "--database-url", database.url,
            ])
            #expect(result.status == 0, "\(result.stderr)")
            // m-beta on 2026-03-01: the hand-ranked 4 customers, 3 champions, mean LTV $29.75 (FixtureTests).
            #expect(result.stdout.contains("merchant m-beta · backfill 2026-02-27 … 2026-03-01 · scheme tracklayer\n"))
            #expect(result.stdout.contains("  as of        customers  champion %   at-risk  avg pred. LTV  written\n"))
            #expect(result.stdout.contains("  2026-03-01           4       75.0%         0         $29.75  history, current state\n"))
            #expect(result.stdout.contains("  2026-02-27  "))
            #expect(result.stdout.hasSuffix("1 of 1 merchants backfilled 2026-02-27 … 2026-03-01: 3 merchant-dates written\n"))
        }
    }

    @Test(arguments: [
        (["backfill", "--from", "2026-03-02", "--to", "2026-03-01"], "--from 2026-03-02 is after --to 2026-03-01"),
        (["backfill", "--from", "2026-03-01"], "--to"),
        (["backfill", "--from", "2016-01-01", "--to", "2026-03-01"], "at most 3660 days"),
    ])
    func badRangesExit64(arguments: [String], mentioned: String) throws {
        let result = try BinaryRunner.run(arguments)
        #expect(result.status == 64)
        #expect(result.stderr.contains(mentioned))
    }
}
