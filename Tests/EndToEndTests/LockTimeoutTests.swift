import Foundation
import PostgresClient
import Testing
@testable import RFMJob

/// No lock is waited for without bound: a table another session holds ends the run with exit 73
/// after `--lock-timeout` (or the operator's shorter `lock_timeout`), naming what it waited for
/// and who held it, and nothing is written.
@Suite(.enabled(if: TestDatabase.isAvailable)) struct LockTimeoutTests {
    /// A session holding `table` in ACCESS EXCLUSIVE mode until it is released.
    static func hold(_ table: String, on database: TestDatabase) throws -> Connection {
        let holder = try database.connect()
        try holder.execute("SET application_name = 'hostile-session'")
        try holder.execute("BEGIN")
        try holder.execute("LOCK \(table) IN ACCESS EXCLUSIVE MODE")
        return holder
    }

    static func prepared(_ database: TestDatabase) throws {
        try database.load(.fixture("events"))
        // a first night, so the partitions exist and the next run gets as far as writing
        let first = try BinaryRunner.run(["run", "--as-of", "2026-03-01", "--database-url", database.url])
        #expect(first.status == 0, "\(first.stderr)")
    }

    @Test(arguments: [
        // m-beta is small: it runs in a batch, whose writes are one stage
        ("customer_ltv", "writing the batch", "customer_ltv is held in AccessExclusiveLock"),
        ("customer_ltv_history", "creating the history partition for 2026-03-02", "customer_ltv_history is held in AccessExclusiveLock"),
        ("rfm_runs", "recording the runs in the ledger", "rfm_runs is held in AccessExclusiveLock"),
        // a named merchant is looked up in its source first
        ("purchase_events", "looking the merchant up", "purchase_events is held in AccessExclusiveLock"),
    ])
    func aHeldTableEndsTheRunWith73(table: String, doing: String, held: String) throws {
        try TestDatabase.with { database in
            try Self.prepared(database)
            let holder = try Self.hold(table, on: database)
            let started = Date()
            let result = try BinaryRunner.run([
                "run", "--as-of", "2026-03-02", "--merchant", "m-beta", "--lock-timeout", "1", "--database-url", database.url,
            ])
            let waited = Date().timeIntervalSince(started)
            try holder.execute("ROLLBACK")
            #expect(result.status == 73, "\(result.stderr)")
            #expect(waited < 20, "waited \(waited) s")
            let message = try #require(result.messages.first)
            #expect(message.hasPrefix("rfm-nightly: gave up after 1s waiting for a lock while \(doing); "), "\(message)")
            #expect(message.contains("\(held) by server backend \(holder.backendPID) (hostile-session from local"), "\(message)")
            let connection = try database.connect()
            #expect(try connection.execute("SELECT count(*) FROM customer_ltv_history WHERE snapshot_date = '2026-03-02'").scalar == "0")
            // released, the same run completes
            let after = try BinaryRunner.run(["run", "--as-of", "2026-03-02", "--merchant", "m-beta", "--database-url", database.url])
            #expect(after.status == 0, "\(after.stderr)")
        }
    }

    /// The operator's own lock_timeout (PGOPTIONS, ALTER DATABASE) is kept when it is shorter.
    @Test func theOperatorsShorterLockTimeoutIsRespected() throws {
        try TestDatabase.with { database in
            try Self.prepared(database)
            let holder = try Self.hold("customer_ltv", on: database)
            defer { _ = try? holder.execute("ROLLBACK") }
            let fromOptions = try BinaryRunner.run(
                ["run", "--as-of", "2026-03-02", "--merchant", "m-beta", "--database-url", database.url],
                environment: ["PGOPTIONS": "-c lock_timeout=1500ms"]
            )
            #expect(fromOptions.status == 73, "\(fromOptions.stderr)")
            #expect(fromOptions.messages.first?.hasPrefix("rfm-nightly: gave up after 1500ms waiting for a lock") == true)
            let admin = try database.connect()
            try admin.execute("ALTER DATABASE \(database.name) SET lock_timeout = '1s'")
            let fromDatabase = try BinaryRunner.run(["run", "--as-of", "2026-03-02", "--merchant", "m-beta", "--database-url", database.url])
            #expect(fromDatabase.status == 73, "\(fromDatabase.stderr)")
            #expect(fromDatabase.messages.first?.hasPrefix("rfm-nightly: gave up after 1s waiting for a lock") == true)
            // --lock-timeout shorter than the operator's: the shorter wins
            try admin.execute("ALTER DATABASE \(database.name) SET lock_timeout = '1h'")
            let shorter = try BinaryRunner.run([
                "run", "--as-of", "2026-03-02", "--merchant", "m-beta", "--lock-timeout", "1", "--database-url", database.url,
            ])
            #expect(shorter.messages.first?.hasPrefix("rfm-nightly: gave up after 1s waiting") == true)
        }
    }

    @Test func aBackfillBehindALockedHistoryExits73() throws {
        try TestDatabase.with { database in
            try Self.prepared(database)
            let holder = try Self.hold("customer_ltv_history", on: database)
            defer { _ = try? holder.execute("ROLLBACK") }
            let result = try BinaryRunner.run([
                "backfill", "--from", "2026-02-20", "--to", "2026-02-21", "--merchant", "m-beta", "--lock-timeout", "1",
                "--database-url", database.url,
            ])
            #expect(result.status == 73, "\(result.stderr)")
            #expect(result.messages.first?.hasPrefix("rfm-nightly: gave up after 1s waiting for a lock while creating history partitions; customer_ltv_history is held") == true, "\(result.messages)")
        }
    }

    @Test func aReportBehindALockedCurrentStateExits73() throws {
        try TestDatabase.with { database in
            try Self.prepared(database)
            let holder = try Self.hold("customer_ltv", on: database)
            defer { _ = try? holder.execute("ROLLBACK") }
            let result = try BinaryRunner.run(
                ["customer", "alice", "--merchant", "m-alpha", "--database-url", database.url],
                environment: ["PGOPTIONS": "-c lock_timeout=1s"]
            )
            #expect(result.status == 73, "\(result.stderr)")
            #expect(result.messages.first?.hasPrefix("rfm-nightly: gave up after 1s waiting for a lock while reading the current state; customer_ltv is held in AccessExclusiveLock by server backend \(holder.backendPID)") == true, "\(result.messages)")
        }
    }
}
