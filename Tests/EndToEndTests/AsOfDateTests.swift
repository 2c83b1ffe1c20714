import Foundation
import PostgresClient
import RFMCore
import Testing
@testable import RFMJob

/// As-of dates (SPEC §7): real dates only, a future one on purpose only, and `withdraw` as the
/// way back from a run for a wrong date.
@Suite(.enabled(if: TestDatabase.isAvailable)) struct AsOfDateTests {
    static func run(_ arguments: [String], _ database: TestDatabase) throws -> BinaryRunner.Result {
        try BinaryRunner.run(arguments + ["--database-url", database.url])
    }

    static let today = CivilDate(containingUnixMicroseconds: Int64(Date().timeIntervalSince1970 * 1_000_000))

    @Test(arguments: [
        ["run", "--as-of"], ["fit", "--merchant", "m", "--as-of"], ["score", "--input", "/dev/null", "--as-of"],
        ["backfill", "--from", "2026-01-01", "--to"],
    ])
    func aDateAfterTomorrowIsRefusedWith64(command: [String]) throws {
        let later = Self.today.adding(days: 2)
        let result = try BinaryRunner.run(command + [later.description, "--database-url", "postgresql://nobody@/nowhere?host=/nonexistent"])
        #expect(result.status == 64, "\(result.stderr)")
        #expect(result.stderr.contains("is after tomorrow (\(Self.today.adding(days: 1)), UTC): scores are for dates that have begun; pass --allow-future-as-of if it is meant"))
    }

    @Test(arguments: [
        ["run", "--as-of", "0000-01-01"], ["backfill", "--from", "0000-12-30", "--to", "2026-01-01"],
        ["report", "--as-of", "0000-01-01"], ["changes", "--merchant", "m", "--since", "0000-01-01"],
        ["backtest", "--merchant", "m", "--calibration-end", "0000-01-01", "--holdout-days", "30"],
    ])
    func aDateBeforeYearOneIsRefusedWith64(command: [String]) throws {
        let result = try BinaryRunner.run(command + ["--database-url", "postgresql://nobody@/nowhere?host=/nonexistent"])
        #expect(result.status == 64, "\(result.stderr)")
        #expect(result.stderr.contains("is outside the dates rfm-nightly handles (0001-01-01 … 9999-12-31)"))
    }

    @Test func tomorrowAndTheFirstAndLastSupportedDatesRun() throws {
        try TestDatabase.with { database in
            try database.load(.fixture("events"))
            #expect(try Self.run(["run", "--as-of", Self.today.adding(days: 1).description, "--dry-run"], database).status == 0)
            #expect(try Self.run(["run", "--as-of", "0001-01-01", "--merchant", "m-beta"], database).status == 0)
            let last = try Self.run(["run", "--as-of", "9999-12-31", "--allow-future-as-of", "--merchant", "m-beta", "--dry-run"], database)
            #expect(last.status == 0, "\(last.stderr)")
        }
    }

    /// A run for 2027 by mistake took the current state over; the later real nights wrote history
    /// only. `withdraw` removes the wrong date and rebuilds the current state of the newest real one.
    @Test func withdrawUndoesARunForAWrongDate() throws {
        try TestDatabase.with { database in
            try database.load(.fixture("events"))
            let connection = try database.connect()
            #expect(try Self.run(["run", "--as-of", "2026-03-01"], database).status == 0)
            let wrong = try Self.run(["run", "--as-of", "2027-03-01", "--allow-future-as-of"], database)
            #expect(wrong.status == 0)
            let next = try Self.run(["run", "--as-of", "2026-03-02", "--summary", "merchants"], database)
            #expect(next.stdout.contains("  written             history for 2026-03-02, current state kept (it holds a newer as-of date)\n"))
            #expect(try connection.execute("SELECT DISTINCT as_of::text FROM customer_ltv").rows == [["2027-03-01"]])

            let later = try Self.run(["withdraw", "--as-of", "2026-03-01"], database)
            #expect(later.status == 64)
            #expect(later.stdout.contains("merchant m-alpha: merchant \"m-alpha\" has snapshots after 2026-03-01 (2026-03-02, 2027-03-01), whose segment changes were taken against it: withdraw the newest first\n"))

            let dry = try Self.run(["withdraw", "--as-of", "2027-03-01", "--dry-run"], database)
            #expect(dry.status == 0, "\(dry.stderr)")
            #expect(dry.stdout.contains("merchant m-beta: would withdraw 2027-03-01 — 1 run, 0 history rows, 4 segment changes; current state would be rebuilt as of 2026-03-02\n"))
            #expect(try connection.execute("SELECT count(*) FROM rfm_runs WHERE status = 'withdrawn'").scalar == "0")

            let withdraw = try Self.run(["withdraw", "--as-of", "2027-03-01"], database)
            #expect(withdraw.status == 0, "\(withdraw.stderr)")
            #expect(withdraw.stdout.contains("3 of 3 merchants' 2027-03-01 withdrawn\n"))
            #expect(withdraw.stdout.contains("rebuilding the current state of 3 merchants as of 2026-03-02:\n"))
            #expect(try connection.execute("SELECT count(*) FROM rfm_runs WHERE as_of = '2027-03-01' AND status = 'withdrawn'").scalar == "3")
            #expect(try connection.execute("SELECT count(*) FROM segment_transitions WHERE as_of = '2027-03-01'").scalar == "0")
            #expect(try connection.execute("SELECT DISTINCT as_of::text FROM customer_ltv").rows == [["2026-03-02"]])
            let job = try JobHarness(database, fixture: nil)
            for merchant in ["m-alpha", "m-beta", "m-gamma"] {
                #expect(try job.differencesFromReference(merchant, asOf: "2026-03-02") == [])
            }
            // the next night runs as if the wrong date had never been
            let again = try Self.run(["run", "--as-of", "2026-03-03", "--summary", "merchants"], database)
            #expect(again.stdout.contains("  written             history for 2026-03-03, current state\n"))
            // newest first by number, not as text ("9" after "15")
            let runs = try Self.run(["runs", "--limit", "8"], database)
            let listed: [String] = runs.stdout.split(separator: "\n").dropFirst().map { line in
                String(line.split(separator: " ").first ?? "")
            }
            let expected: [String] = (8...15).reversed().map { String($0) }
            #expect(listed == expected, "\(runs.stdout)")
        }
    }

    @Test func withdrawingAMerchantsOnlySnapshotEmptiesItsCurrentState() throws {
        try TestDatabase.with { database in
            try database.load(.fixture("events"))
            let connection = try database.connect()
            #expect(try Self.run(["run", "--as-of", "2026-03-01", "--merchant", "m-beta"], database).status == 0)
            let withdraw = try Self.run(["withdraw", "--as-of", "2026-03-01", "--merchant", "m-beta"], database)
            #expect(withdraw.status == 0, "\(withdraw.stderr)")
            #expect(withdraw.stdout.contains("current state emptied (4 rows, no older snapshot)"))
            #expect(try connection.execute("SELECT count(*) FROM customer_ltv").scalar == "0")
            #expect(try connection.execute("SELECT count(*) FROM customer_ltv_history").scalar == "0")
            let none = try Self.run(["withdraw", "--as-of", "2026-03-01"], database)
            #expect(none.status == 66)
            #expect(none.messages == ["rfm-nightly: no merchant has a snapshot for 2026-03-01: nothing to withdraw"])
        }
    }
}
