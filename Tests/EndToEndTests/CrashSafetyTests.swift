import Foundation
import RFMCore
import Testing
@testable import RFMJob

/// kill -9 at every point of a run leaves each merchant's results wholly old or wholly new,
/// history without a partial date, and the next run completes.
@Suite(.enabled(if: TestDatabase.isAvailable)) struct CrashSafetyTests {
    /// The previous night (2026-03-01) is in place; the run under test is 2026-04-15.
    static func prepared(_ database: TestDatabase) throws -> (job: JobHarness, before: [String: [String: String?]]) {
        let job = try JobHarness(database)
        try job.run("2026-03-01")
        return (job, try job.current("m-alpha"))
    }

    /// Each point, with the current state written in place and staged beside the history
    /// (`StagedCurrentState`: the fixture's merchants are small, so the threshold goes to 0).
    @Test(arguments: Failpoint.all, [false, true])
    func killedAt(failpoint: String, staged: Bool) throws {
        try TestDatabase.with { database in
            let (job, before) = try Self.prepared(database)
            let historyBefore = try job.count("SELECT count(*) FROM customer_ltv_history")
            let arguments = ["run", "--as-of", "2026-04-15", "--merchant", "m-alpha", "--database-url", database.url]
            let stage = ["RFM_STAGE_CURRENT_FROM": staged ? "0" : "1000000000"]
            let run = try BackgroundRun(arguments, environment: stage.merging(["RFM_FAILPOINT": failpoint]) { $1 })
            #expect(run.waitUntilStopped(), "never reached \(failpoint)")
            run.kill()

            let committed = failpoint == "committed"
            let after = try job.current("m-alpha")
            if committed {
                #expect(try job.differencesFromReference("m-alpha", asOf: "2026-04-15") == [])
            } else {
                #expect(after == before, "customer_ltv changed although killed at \(failpoint)")
                #expect(try job.count("SELECT count(*) FROM customer_ltv_history") == historyBefore)
                #expect(try job.count("SELECT count(*) FROM rfm_runs WHERE as_of = '2026-04-15' AND status = 'succeeded'") == 0)
            }

            // The next run completes, and says what happened to the killed one.
            let rerun = try BinaryRunner.run(arguments, environment: stage)
            #expect(rerun.status == 0, "\(rerun.stderr)")
            #expect(try job.differencesFromReference("m-alpha", asOf: "2026-04-15") == [])
            #expect(try StagedTables.leftovers(on: job.connection) == [], "a staged table outlived the rerun")
            #expect(try job.historyDifferencesFromReference("m-alpha", asOf: "2026-04-15") == [])
            let statuses = try job.connection.execute(
                "SELECT status FROM rfm_runs WHERE as_of = '2026-04-15' ORDER BY id"
            ).rows.map { $0[0]! }
            #expect(statuses == (committed ? ["succeeded", "succeeded"] : ["abandoned", "succeeded"]))
        }
    }

    /// Kills at arbitrary moments of a run over more data: whatever the moment, every merchant is
    /// wholly old or wholly new.
    @Test func killedAtRandomMoments() throws {
        try TestDatabase.with { database in
            let job = try JobHarness(database, fixture: nil)
            try job.connection.executeScript(
                try String(contentsOf: SQLFile.demoData.url, encoding: .utf8).replacingOccurrences(of: ":'as_of'", with: "'2026-11-24'")
                    .replacingOccurrences(of: "\\set ON_ERROR_STOP on", with: "")
            )
            try job.run("2026-11-01")
            let merchants = ["acme-outdoor", "bluebird-books", "copper-kettle"]
            let old = try merchants.map { try job.current($0) }
            var seenOld = 0, seenNew = 0
            for attempt in 0..<6 {
                // Every other attempt stages the current state beside the history (`StagedCurrentState`).
                let stage = attempt % 2 == 1 ? ["RFM_STAGE_CURRENT_FROM": "0"] : [:]
                let run = try BackgroundRun(["run", "--as-of", "2026-11-24", "--database-url", database.url], environment: stage)
                usleep(useconds_t(30_000 + attempt * 45_000))
                run.kill()
                for (index, merchant) in merchants.enumerated() {
                    let current = try job.current(merchant)
                    if current == old[index] {
                        seenOld += 1
                        #expect(try job.count("SELECT count(*) FROM customer_ltv_history WHERE merchant_id = $1 AND snapshot_date = '2026-11-24'", [merchant]) == 0)
                    } else {
                        seenNew += 1
                        #expect(try job.differencesFromReference(merchant, asOf: "2026-11-24") == [], "\(merchant) half-written")
                        #expect(try job.historyDifferencesFromReference(merchant, asOf: "2026-11-24") == [], "\(merchant) history half-written")
                    }
                }
            }
            #expect(seenOld + seenNew == 18)
            let rerun = try BinaryRunner.run(["run", "--as-of", "2026-11-24", "--database-url", database.url])
            #expect(rerun.status == 0)
            #expect(try StagedTables.leftovers(on: job.connection) == [])
            for merchant in merchants { #expect(try job.differencesFromReference(merchant, asOf: "2026-11-24") == []) }
        }
    }
}
