import Foundation
import RFMJob
import Testing

/// The built binary, run as cron or an operator would: output, logs and exit codes.
@Suite(.enabled(if: TestDatabase.isAvailable)) struct EndToEndTests {
    @Test func aRunPrintsItsSummaryAndExitsZero() throws {
        try TestDatabase.with { database in
            try database.load(.fixture("events"))
            let result = try BinaryRunner.run(["run", "--as-of", "2026-03-01", "--summary", "merchants", "--database-url", database.url])
            #expect(result.status == 0, "\(result.stderr)")
            // m-beta, ranked by hand in FixtureTests: 3 of 4 champions; LTVs 11.05, 11.05, 37.94, 58.95 -> mean 29.7475 -> 29.75
            let beta = try #require(result.stdout.components(separatedBy: "\n\n").first { $0.contains("merchant m-beta") })
            #expect(beta.contains("merchant m-beta · as of 2026-03-01 · scheme tracklayer · run "))
            #expect(beta.contains("  customers scored    4\n"))
            #expect(beta.contains("  champion %          75.0% (3)\n"))
            #expect(beta.contains("  at-risk count       0\n"))
            #expect(beta.contains("  avg predictive LTV  $29.75\n"))
            #expect(beta.contains("  segments            champion 3 · loyal 1 · at_risk 0 · lost 0 · new 0\n"))
            #expect(beta.contains("  rows                5 read · none skipped\n"))
            #expect(beta.contains("  written             history for 2026-03-01, current state\n"))
            let alpha = try #require(result.stdout.components(separatedBy: "\n\n").first { $0.contains("merchant m-alpha") })
            #expect(alpha.contains("skipped (amount_not_a_number 1, conflicting_duplicate 4, malformed_currency 1, negative_amount 1, unknown_kind 1)"))
            #expect(alpha.contains("1 repeated event ids ignored"))
            let gamma = try #require(result.stdout.components(separatedBy: "\n\n").first { $0.contains("merchant m-gamma") })
            #expect(gamma.contains("  warnings            1 rows in currencies without a rate (CAD), counted at 1.0\n"))
            #expect(result.stdout.hasSuffix("3 of 3 merchants scored for 2026-03-01\n"))

            // stderr is JSON lines only, and never holds an email address
            let lines = result.stderr.split(separator: "\n")
            #expect(!lines.isEmpty)
            for line in lines {
                let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
                #expect(object?["level"] != nil && object?["msg"] != nil && object?["ts"] != nil)
            }
            #expect(!result.stderr.lowercased().contains("@example"))
        }
    }

    @Test func theDatabaseCanComeFromTheEnvironmentAndADryRunWritesNothing() throws {
        try TestDatabase.with { database in
            try database.load(.fixture("events"))
            let result = try BinaryRunner.run(
                ["run", "--as-of", "2026-03-01", "--merchant", "m-beta", "--dry-run", "--summary", "merchants"], environment: ["DATABASE_URL": database.url]
            )
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.contains("merchant m-beta · as of 2026-03-01 · scheme tracklayer · dry run"))
            #expect(result.stdout.contains("  written             nothing (dry run)\n"))
            #expect(try database.connect().execute("SELECT count(*) FROM rfm_runs").scalar == "0")
        }
    }

    @Test(arguments: [
        (["run", "--as-of", "2026-02-30"], "2026-02-30"),
        (["run", "--scheme", "nope"], "unknown scheme 'nope'"),
        (["run", "--no-such-option"], "--no-such-option"),
        (["frobnicate"], "frobnicate"),
    ])
    func aBadOptionExits64(arguments: [String], mentioned: String) throws {
        let result = try BinaryRunner.run(arguments)
        #expect(result.status == 64)
        #expect(result.stderr.contains(mentioned))
    }

    @Test func anUnreachableDatabaseExits69WithOneLine() throws {
        let result = try BinaryRunner.run([
            "run", "--as-of", "2026-03-01", "--database-url", "postgresql://nobody@/nowhere?host=/nonexistent-dir&connect_timeout=2",
        ])
        #expect(result.status == 69)
        #expect(result.messages.count == 1)
        #expect(result.messages.first?.hasPrefix("rfm-nightly: cannot connect to PostgreSQL:") == true)
        #expect(result.stdout.isEmpty)
    }

    @Test func aMissingSourceTableExits66() throws {
        try TestDatabase.with { database in
            let result = try BinaryRunner.run(["run", "--as-of", "2026-03-01", "--source", "orders_v2", "--database-url", database.url])
            #expect(result.status == 66)
            #expect(result.messages == ["rfm-nightly: source relation \"orders_v2\" does not exist (set --source to a table or view)"])
        }
    }

    @Test func anUnmigratedDatabaseExits78AndMigrateFixesIt() throws {
        try TestDatabase.with(migrated: false) { database in
            let before = try BinaryRunner.run(["run", "--as-of", "2026-03-01", "--database-url", database.url])
            #expect(before.status == 78)
            #expect(before.messages.first?.contains("run `rfm-nightly migrate` first") == true)
            let migrate = try BinaryRunner.run(["migrate", "--database-url", database.url])
            #expect(migrate.status == 0)
            #expect(migrate.stdout == "applied: \(Migration.all.map(\.version).joined(separator: ", "))\n")

            let again = try BinaryRunner.run(["migrate", "--database-url", database.url])
            #expect(again.stdout == "schema is up to date\n")
            let after = try BinaryRunner.run(["run", "--as-of", "2026-03-01", "--database-url", database.url])
            #expect(after.status == 0)
            #expect(after.stdout.hasPrefix("  merchants           0 scored\n") && after.stdout.hasSuffix("\n0 of 0 merchants scored for 2026-03-01\n"))
        }
    }

    @Test func helpListsTheExitCodes() throws {
        let result = try BinaryRunner.run(["--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("69 database unavailable"))
        #expect(result.stdout.contains("run"))
        #expect(result.stdout.contains("migrate"))
    }
}
