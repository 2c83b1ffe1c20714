import Foundation
import PostgresClient
@testable import RFMJob
import Testing

/// Migration 070 (issue 19) on a database the released version populated (a dump of it,
/// Fixtures/release-9d08d0f.sql): every small merchant's partition is merged into the shared
/// one without losing or changing a row, and the job goes on from there.
@Suite(.enabled(if: TestDatabase.isAvailable)) struct FleetLayoutMigrationTests {
    static let dump = TestPaths.integrationTests.appending(path: "Fixtures/release-9d08d0f.sql")

    /// Every row of the tables the job writes, in one checksum each.
    static let checksums = [
        "SELECT md5(string_agg(c::text, '|' ORDER BY merchant_id, user_key)) FROM customer_ltv c",
        "SELECT md5(string_agg(h::text, '|' ORDER BY merchant_id, user_key, snapshot_date)) FROM customer_ltv_history h",
        "SELECT md5(string_agg(t::text, '|' ORDER BY merchant_id, as_of, user_key)) FROM segment_transitions t",
        // The ledger's columns as the release had them (migration 100 adds one, NULL for its rows).
        "SELECT md5(string_agg((to_jsonb(r) - 'monetary_total')::text, '|' ORDER BY id)) FROM rfm_runs r",
    ]

    static func loadRelease(_ database: TestDatabase) throws -> [String?] {
        // A connection of its own: the dump empties search_path for its session.
        try database.connect().executeScript(try String(contentsOf: dump, encoding: .utf8))
        let connection = try database.connect()
        #expect(try connection.execute("SELECT count(*) FROM pg_inherits WHERE inhparent = 'customer_ltv'::regclass").scalar == "12")
        return try checksums.map { try connection.execute($0).scalar }
    }

    @Test func everyRowIsKeptAndSmallMerchantsShareOnePartition() throws {
        try TestDatabase.with(migrated: false) { database in
            let before = try Self.loadRelease(database)
            let connection = try database.connect()
            let applied = try Migrator(connection: connection, logger: .quiet).migrate()
            #expect(applied == ["060_withdrawn_runs", "070_shared_current_state", "080_dashboard_indexes", "090_customer_trajectory", "100_run_monetary_total",
                                "110_sort_indexes_on_own_partitions"])
            #expect(try Self.checksums.map { try connection.execute($0).scalar } == before)
            #expect(try connection.execute("""
                SELECT string_agg(c.relname, ',') FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
                WHERE i.inhparent = 'customer_ltv'::regclass
                """).scalar == "customer_ltv_shared")
            #expect(try connection.execute("SELECT count(*) FROM customer_ltv").scalar == "309")
            // rfm_merchants agrees with the ledger it was made from
            #expect(try connection.execute("""
                SELECT count(*) FROM rfm_merchants m JOIN LATERAL (
                    SELECT max(as_of) FILTER (WHERE wrote_current) AS current_as_of, max(as_of) AS newest
                    FROM rfm_runs r WHERE r.merchant_id = m.merchant_id AND r.status = 'succeeded') r ON true
                WHERE m.current_as_of = r.current_as_of AND m.newest_as_of = r.newest
                """).scalar == "12")
            #expect(try connection.execute("SELECT merchant_id FROM rfm_merchants WHERE merchant_id LIKE 'Caf%'").scalar == "Café Ünïcode")
        }
    }

    /// A merchant with at least the limit's rows (here: the largest) keeps its partition; the next night runs as usual.
    @Test func largeMerchantsKeepTheirPartitionAndTheJobGoesOn() throws {
        try TestDatabase.with(migrated: false) { database in
            _ = try Self.loadRelease(database)
            let connection = try database.connect()
            let limit = Int(try connection.execute("SELECT max(n) FROM (SELECT count(*) AS n FROM customer_ltv GROUP BY merchant_id) c").scalar!)!
            let large = try connection.execute(
                "SELECT merchant_id FROM customer_ltv GROUP BY 1 HAVING count(*) >= $1 ORDER BY 1", [String(limit)]
            ).rows.compactMap { $0[0] }
            #expect(!large.isEmpty)
            try Migrator(connection: connection, logger: .quiet).migrate(mergingPartitionsSmallerThan: limit)
            #expect(try connection.execute("""
                SELECT count(*) FROM pg_inherits WHERE inhparent = 'customer_ltv'::regclass
                """).scalar == String(large.count + 1))
            #expect(try CurrentPartition.of(large[0], on: connection) != .shared)
            // Migration 110: the dashboard's sort indexes on each partition kept, as its own; none on the shared one.
            #expect(try connection.execute("""
                SELECT string_agg(DISTINCT n::text, ',') FROM (
                    SELECT count(x.indexrelid) AS n FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
                    LEFT JOIN pg_index x ON x.indrelid = c.oid
                    WHERE i.inhparent = 'customer_ltv'::regclass AND c.relname <> 'customer_ltv_shared' GROUP BY c.oid) own
                """).scalar == "8")
            #expect(try connection.execute(
                "SELECT count(*) FROM pg_index WHERE indrelid = 'customer_ltv_shared'::regclass"
            ).scalar == "2")
            // The events again (the dump left them out), then a night of the new version.
            let script = try String(contentsOf: TestPaths.repository.appending(path: "scripts/benchmarks/bench-fleet-data.sql"), encoding: .utf8)
            try connection.executeScript(script.replacingOccurrences(of: "\\set ON_ERROR_STOP on", with: "")
                .replacingOccurrences(of: ":'last_day'", with: "'2026-05-31'").replacingOccurrences(of: ":merchants", with: "12")
                .replacingOccurrences(of: ":customers", with: "30"))
            try connection.execute("UPDATE purchase_events SET merchant_id = 'Café Ünïcode' WHERE merchant_id = 'fleet-000003'")
            let job = try JobHarness(database, fixture: nil)
            let outcomes = try job.run("2026-06-03")
            #expect(outcomes.count == 12 && outcomes.allSatisfy(\.succeeded))
            for merchant in ["Café Ünïcode", large[0], "fleet-000012"] {
                #expect(try job.differencesFromReference(merchant, asOf: "2026-06-03") == [], "\(merchant)")
            }
            #expect(try connection.execute("SELECT count(*) FROM segment_transitions WHERE as_of = '2026-06-03'").scalar != "0")
        }
    }

    /// A partition made for a merchant whose id gives the longest name still gets all six sort
    /// indexes, under six different names (none cut to the same 63 bytes), and a second call adds none.
    @Test func aLongMerchantIdsPartitionGetsEverySortIndex() throws {
        try TestDatabase.with { database in
            let connection = try database.connect()
            let merchant = String(repeating: "Very Long Merchant Name ", count: 4)
            let partition = try connection.execute("SELECT rfm_give_own_partition($1)", [merchant]).scalar!
            #expect(partition.count > 38)
            let names = "SELECT string_agg(c.relname, ',' ORDER BY c.relname) FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = $1::regclass"
            let made = try connection.execute(names, [partition]).scalar!.split(separator: ",")
            #expect(made.count == 8 && Set(made).count == 8 && made.allSatisfy { $0.utf8.count < 64 })
            _ = try connection.execute("SELECT rfm_add_sort_indexes($1::regclass)", [partition])
            #expect(try connection.execute(names, [partition]).scalar!.split(separator: ",") == made)
        }
    }
}
