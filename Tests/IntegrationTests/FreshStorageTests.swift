import Foundation
import PostgresClient
@testable import RFMJob
import Testing

/// The write path (docs/DECISIONS.md, "Write path"): small merchants share customer_ltv_shared,
/// written many to a transaction; a large merchant has a partition of its own, which a run empties
/// with TRUNCATE (or DELETE when readers hold it); each day's history has a partition of its own.
@Suite(.enabled(if: TestDatabase.isAvailable)) struct FreshStorageTests {
    /// The storage file behind a merchant's partition of customer_ltv: a new one means TRUNCATE.
    static func partitionFile(_ merchant: String, on connection: Connection) throws -> String {
        try connection.execute("SELECT pg_relation_filenode(rfm_ensure_current_partition($1))", [merchant]).scalar!
    }

    /// Every merchant counts as large (0 customers and up); written in place, not staged beside.
    static var large: JobOptions {
        var options = JobOptions()
        options.stageCurrentFrom = 0
        return options
    }

    static var inPlace: JobOptions {
        var options = JobOptions()
        options.stageCurrentFrom = 1_000_000_000
        return options
    }

    @Test func smallMerchantsShareAPartitionAndALargeOneGetsFreshStorage() throws {
        try TestDatabase.with { database in
            let job = try JobHarness(database)
            try job.run("2026-03-01")
            #expect(try job.connection.execute("SELECT DISTINCT tableoid::regclass::text FROM customer_ltv").rows == [["customer_ltv_shared"]])
            // m-alpha large: moved to a partition of its own, named for it; the others stay shared.
            try job.run("2026-03-02", merchants: ["m-alpha"], options: Self.large)
            #expect(try job.connection.execute("""
                SELECT DISTINCT merchant_id, tableoid::regclass::text FROM customer_ltv ORDER BY 1
                """).rows.map { $0.map { $0! } } == [
                ["m-alpha", "customer_ltv_m_alpha_\(try Self.md5Prefix("m-alpha", on: job.connection))"],
                ["m-beta", "customer_ltv_shared"], ["m-gamma", "customer_ltv_shared"],
            ])
            // Its own partition gets new files every night.
            let before = try Self.partitionFile("m-alpha", on: job.connection)
            let capture = LogCapture()
            try job.run("2026-03-03", options: Self.inPlace, logger: capture.logger)
            #expect(try Self.partitionFile("m-alpha", on: job.connection) != before)
            #expect(!capture.all.contains { $0.message.contains("cleared by DELETE") })
            for merchant in ["m-alpha", "m-beta", "m-gamma"] {
                #expect(try job.differencesFromReference(merchant, asOf: "2026-03-03") == [])
                #expect(try job.historyDifferencesFromReference(merchant, asOf: "2026-03-03") == [])
            }
            #expect(try job.connection.execute("""
                SELECT DISTINCT tableoid::regclass::text FROM customer_ltv_history WHERE snapshot_date = '2026-03-03'
                """).scalar == "customer_ltv_history_2026_03_03")
        }
    }

    /// A reader in the middle of a transaction on the merchant's rows keeps its lock; the run
    /// waits `CurrentStateClearing.lockWait`, deletes instead, and says so. The reader, in
    /// REPEATABLE READ, still sees the previous state; after the run, the new one is complete.
    @Test func aReaderHoldingTheMerchantsRowsMakesTheRunDeleteInstead() throws {
        try TestDatabase.with { database in
            let job = try JobHarness(database)
            try job.run("2026-03-01", merchants: ["m-alpha"], options: Self.large)
            let reader = try database.connect()
            try reader.execute("BEGIN ISOLATION LEVEL REPEATABLE READ")
            let seen = try reader.execute("SELECT count(*) FROM customer_ltv WHERE merchant_id = 'm-alpha' AND as_of = '2026-03-01'").scalar
            let before = try Self.partitionFile("m-alpha", on: job.connection)

            let capture = LogCapture()
            let outcomes = try job.run("2026-03-02", merchants: ["m-alpha"], options: Self.inPlace, logger: capture.logger)
            #expect(outcomes.allSatisfy { $0.succeeded })
            #expect(capture.all.contains { $0.level == .warning && $0.message == "current state cleared by DELETE: readers held the merchant's rows" })
            #expect(try Self.partitionFile("m-alpha", on: job.connection) == before)
            #expect(try reader.execute("SELECT count(*) FROM customer_ltv WHERE merchant_id = 'm-alpha' AND as_of = '2026-03-01'").scalar == seen)
            try reader.execute("COMMIT")
            #expect(try job.differencesFromReference("m-alpha", asOf: "2026-03-02") == [])
        }
    }

    /// A query over all of customer_ltv locks a handful of relations, however many merchants.
    @Test func aQueryOverTheWholeCurrentStateLocksFewRelations() throws {
        try TestDatabase.with { database in
            let connection = try database.connect()
            try connection.execute("""
                INSERT INTO purchase_events
                SELECT 'shop-' || m, 'e', 'u', NULL, '2026-02-20 12:00+00', 5.00, 'USD', 'purchase' FROM generate_series(1, 300) m
                """)
            let job = try JobHarness(database, fixture: nil)
            #expect(try job.run("2026-03-01").count == 300)
            #expect(try connection.execute("SELECT count(*) FROM pg_inherits WHERE inhparent = 'customer_ltv'::regclass").scalar == "1")
            try connection.execute("BEGIN")
            #expect(try connection.execute("SELECT count(*) FROM customer_ltv").scalar == "300")
            let locks = Int(try connection.execute("SELECT count(*) FROM pg_locks WHERE pid = pg_backend_pid() AND locktype = 'relation'").scalar!)!
            try connection.execute("COMMIT")
            // The parent, the shared partition and the indexes the planner opens on it (eight
            // since migration 080 added the dashboard's six): none per merchant.
            #expect(locks <= 12, "\(locks) relation locks")
        }
    }

    /// Rows written before migration 040 are carried into the partitioned table unchanged, and
    /// a month partition made before it keeps taking that month's days.
    @Test func migration040CarriesTheCurrentStateOver() throws {
        try TestDatabase.with(migrated: false) { database in
            let connection = try database.connect()
            let before040 = Migration.all.filter { $0.version < "040" }
            try Migrator(connection: connection, logger: .quiet, migrations: before040).migrate()
            try connection.executeScript("""
                INSERT INTO customer_ltv (merchant_id, user_key, email_sha256, as_of, recency_days, frequency, monetary,
                    tenure_days, r_score, f_score, m_score, rfm_score, segment, predictive_ltv, first_purchase_at,
                    last_purchase_at, updated_at, run_id, churn_risk)
                SELECT m, format('u%s', i), NULL, '2026-02-01', i, 1 + i % 3, i * 1.25, 400, 1 + i % 5, 1 + i % 5, 1 + i % 5,
                       20 + i % 81, 'loyal', i * 2.5, '2025-01-01', '2026-01-31', '2026-02-01 04:30:00+00', 7, 'low'
                FROM unnest(ARRAY['shop-a', 'Shop B!']) AS m, generate_series(1, 50) AS i;
                SELECT rfm_ensure_history_partition('2026-02-01');
                """)
            let checksum = "SELECT md5(string_agg(c::text, '|' ORDER BY merchant_id, user_key)) FROM customer_ltv c"
            let expected = try connection.execute(checksum).scalar
            try Migrator(connection: connection, logger: .quiet).migrate()
            #expect(try connection.execute(checksum).scalar == expected)
            #expect(try connection.execute("SELECT relkind::text FROM pg_class WHERE oid = 'customer_ltv'::regclass").scalar == "p")
            // 070 then merged both small merchants' partitions into the shared one
            #expect(try connection.execute("SELECT count(*) FROM pg_inherits WHERE inhparent = 'customer_ltv'::regclass").scalar == "1")
            #expect(try connection.execute("SELECT rfm_ensure_current_partition('Shop B!')").scalar == "customer_ltv_shared")
            #expect(try connection.execute("SELECT rfm_ensure_history_partition('2026-02-20')").scalar == "customer_ltv_history_2026_02")
            #expect(try connection.execute("SELECT rfm_ensure_history_partition('2026-03-01')").scalar == "customer_ltv_history_2026_03_01")
        }
    }

    /// Since migration 050 a day's partition of history has its unique key only; a month
    /// partition made before 040 keeps the (snapshot_date, merchant_id) index, which finds one
    /// date among its thirty.
    @Test func onlyMonthPartitionsKeepTheDateIndex() throws {
        try TestDatabase.with(migrated: false) { database in
            let connection = try database.connect()
            try Migrator(connection: connection, logger: .quiet, migrations: Migration.all.filter { $0.version < "040" }).migrate()
            try connection.execute("SELECT rfm_ensure_history_partition('2026-02-01')")
            try Migrator(connection: connection, logger: .quiet).migrate()
            try connection.execute("SELECT rfm_ensure_history_partition('2026-03-01')")
            let indexes = """
                SELECT string_agg(columns, '; ' ORDER BY columns)
                FROM (SELECT regexp_replace(indexdef, '.* USING btree ', '') AS columns FROM pg_indexes WHERE tablename = $1) i
                """
            #expect(try connection.execute(indexes, ["customer_ltv_history_2026_02"]).scalar
                == "(merchant_id, user_key, snapshot_date); (snapshot_date, merchant_id)")
            #expect(try connection.execute(indexes, ["customer_ltv_history_2026_03_01"]).scalar == "(merchant_id, user_key, snapshot_date)")
        }
    }

    /// The first 12 hex digits of the MD5 of `text`, as the partition names carry them.
    static func md5Prefix(_ text: String, on connection: Connection) throws -> String {
        try connection.execute("SELECT left(md5($1), 12)", [text]).scalar!
    }
}
