import Foundation
import PostgresClient
import RFMCore
import Testing
@testable import RFMJob

/// SPEC §7 "Keys are bytes", end to end: merchants, customers and exclusion entries that differ
/// only in Unicode normalisation are as distinct to the job as they are to PostgreSQL.
@Suite(.enabled(if: TestDatabase.isAvailable)) struct KeysAreBytesTests {
    static let composed = "caf\u{E9}", decomposed = "cafe\u{301}"

    /// 27 merchants: the two forms of "café" beside 25 others, one customer each; the composed
    /// form's customer spends $10, the decomposed one's $20.
    static func load(_ database: TestDatabase) throws -> Connection {
        let connection = try database.connect()
        try connection.execute("""
            INSERT INTO purchase_events
            SELECT m, 'e-' || m, 'u', NULL, timestamptz '2026-11-20 12:00+00', amount, 'USD', 'purchase'
            FROM (VALUES ($1, 10.00), ($2, 20.00)) v(m, amount)
            UNION ALL
            SELECT 'm' || lpad(g::text, 2, '0'), 'e', 'u', NULL, timestamptz '2026-11-20 12:00+00', 5.00, 'USD', 'purchase'
            FROM generate_series(1, 25) g
            """, [Self.composed, Self.decomposed])
        return connection
    }

    @Test func equivalentMerchantIDsAreTwoMerchantsInRunBackfillAndMetrics() throws {
        try TestDatabase.with { database in
            let connection = try Self.load(database)
            let directory = FileManager.default.temporaryDirectory.appending(path: "rfm-bytes-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: directory) }
            let metrics = directory.appending(path: "rfm.prom").path
            let run = try BinaryRunner.run([
                "run", "--as-of", "2026-11-24", "--metrics-file", metrics, "--database-url", database.url,
            ])
            #expect(run.status == 0, "\(run.stderr)")
            #expect(run.stdout.hasSuffix("27 of 27 merchants scored for 2026-11-24\n"))
            // one ledger row and one current-state row per form, each with its own customer's money
            let rows = try connection.execute("""
                SELECT encode(convert_to(r.merchant_id, 'UTF8'), 'hex'), r.status, c.monetary::text
                FROM rfm_runs r JOIN customer_ltv c ON c.merchant_id = r.merchant_id
                WHERE r.merchant_id LIKE 'caf%' ORDER BY r.merchant_id
                """).rows
            #expect(rows == [["63616665cc81", "succeeded", "20.00"], ["636166c3a9", "succeeded", "10.00"]])
            // the staleness alert's source keeps both: one rfm_merchants row each
            #expect(try connection.execute("SELECT count(*) FROM rfm_merchants").scalar == "27")
            #expect(try connection.execute("SELECT count(*) FROM rfm_merchants WHERE merchant_id IN ($1, $2)", [Self.composed, Self.decomposed]).scalar == "2")
            let text = try String(contentsOfFile: metrics, encoding: .utf8)
            #expect(text.contains("rfm_nightly_merchants{outcome=\"succeeded\",command=\"run\"} 27\n"))
            // a failure of one form names that form's bytes only
            try connection.execute("CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'no'; END $$")
            try connection.execute("CREATE TRIGGER refuse BEFORE INSERT ON customer_ltv_history FOR EACH ROW WHEN (NEW.merchant_id = '\(Self.composed)') EXECUTE FUNCTION refuse()")
            let failing = try BinaryRunner.run(["run", "--as-of", "2026-11-25", "--metrics-file", metrics, "--database-url", database.url])
            #expect(failing.status == 70, "\(failing.stderr)")
            let failed = try String(contentsOfFile: metrics, encoding: .utf8).split(separator: "\n").filter { $0.hasPrefix("rfm_nightly_merchant_failed{") }
            #expect(failed.map { Array($0.utf8) } == [Array("rfm_nightly_merchant_failed{merchant=\"\(Self.composed)\",command=\"run\"} 1".utf8)])
            try connection.execute("DROP TRIGGER refuse ON customer_ltv_history")

            let backfill = try BinaryRunner.run([
                "backfill", "--from", "2026-11-21", "--to", "2026-11-22", "--database-url", database.url,
            ])
            #expect(backfill.status == 0, "\(backfill.stderr)")
            #expect(try connection.execute("""
                SELECT count(*) FROM rfm_runs WHERE mode = 'backfill' AND status = 'succeeded' AND merchant_id IN ($1, $2)
                """, [Self.composed, Self.decomposed]).scalar == "4")
            #expect(try connection.execute("SELECT count(DISTINCT merchant_id) FROM customer_ltv_history").scalar == "27")
        }
    }

    @Test func aNamedMerchantRunsOnlyItselfAndOnce() throws {
        try TestDatabase.with { database in
            let connection = try Self.load(database)
            let run = try BinaryRunner.run([
                "run", "--as-of", "2026-11-24", "--merchant", Self.composed, "--merchant", Self.composed, "--database-url", database.url,
            ])
            #expect(run.status == 0, "\(run.stderr)")
            #expect(run.stdout.hasSuffix("1 of 1 merchants scored for 2026-11-24\n"))
            #expect(try connection.execute("SELECT encode(convert_to(merchant_id, 'UTF8'), 'hex') FROM rfm_runs").rows == [["636166c3a9"]])
        }
    }

    @Test func anExclusionEntryAndAConfigSectionApplyToTheirOwnBytes() throws {
        try TestDatabase.with { database in
            let connection = try database.connect()
            let letter = "\u{C5}", sign = "\u{212B}"  // Å twice: the letter, and the Angstrom sign that decomposes to it
            try connection.execute("""
                INSERT INTO purchase_events VALUES
                    ('uk', '1', $1, NULL, '2026-11-20 12:00+00', 10.00, 'USD', 'purchase'),
                    ('uk', '2', $2, NULL, '2026-11-20 12:00+00', 20.00, 'USD', 'purchase'),
                    ($3, '1', 'u', NULL, '2026-09-20 12:00+00', 10.00, 'USD', 'purchase'),
                    ($4, '1', 'u', NULL, '2026-09-20 12:00+00', 10.00, 'USD', 'purchase')
                """, [letter, sign, Self.composed, Self.decomposed])
            try connection.execute("CREATE TABLE excluded (merchant_id text, user_key text)")
            try connection.execute("INSERT INTO excluded VALUES ('uk', $1)", [letter])
            let config = FileManager.default.temporaryDirectory.appending(path: "rfm-bytes-\(UUID().uuidString).yaml")
            // the composed form's window (30 days) leaves its September purchase out
            try "defaults:\n  exclusion_table: excluded\nmerchants:\n  \(Self.composed):\n    window_days: 30\n"
                .write(to: config, atomically: true, encoding: .utf8)
            defer { try? FileManager.default.removeItem(at: config) }
            let run = try BinaryRunner.run(["run", "--as-of", "2026-11-24", "--config", config.path, "--database-url", database.url])
            #expect(run.status == 0, "\(run.stderr)")
            #expect(try connection.execute(
                "SELECT encode(convert_to(user_key, 'UTF8'), 'hex'), monetary::text FROM customer_ltv WHERE merchant_id = 'uk'"
            ).rows == [["e284ab", "20.00"]])
            #expect(try connection.execute(
                "SELECT customers_scored::text, excluded_customers::text FROM rfm_runs WHERE merchant_id = 'uk'"
            ).rows == [["1", "1"]])
            #expect(try connection.execute("""
                SELECT encode(convert_to(merchant_id, 'UTF8'), 'hex'), settings->>'window_days', customers_scored::text
                FROM rfm_runs WHERE merchant_id LIKE 'caf%' ORDER BY merchant_id
                """).rows == [["63616665cc81", "365", "1"], ["636166c3a9", "30", "0"]])
        }
    }

    @Test func aSourceWhoseKeysUseANondeterministicCollationIsRefused() throws {
        try TestDatabase.with { database in
            let connection = try database.connect()
            guard try connection.execute("SELECT count(*) FROM pg_collation WHERE collprovider = 'i'").scalar != "0" else { return }
            try connection.execute("CREATE COLLATION loose (provider = icu, locale = 'und-u-ks-level2', deterministic = false)")
            try connection.execute("CREATE VIEW loose_events AS SELECT merchant_id COLLATE loose AS merchant_id, event_id, user_key, email, occurred_at, amount, currency, kind FROM purchase_events")
            let run = try BinaryRunner.run(["run", "--as-of", "2026-11-24", "--source", "loose_events", "--database-url", database.url])
            #expect(run.status == 66)
            #expect(run.messages == ["rfm-nightly: column merchant_id of \"loose_events\" uses the nondeterministic collation \"loose\": ids must compare by bytes (SPEC §7); use merchant_id COLLATE \"C\" in the view"])
        }
    }
}
