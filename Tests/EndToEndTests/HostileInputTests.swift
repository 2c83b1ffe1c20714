import Foundation
import PostgresClient
import Testing
@testable import RFMJob

/// Rows and settings that a hostile or careless source holds: each is skipped and counted, or
/// refuses its merchant with a one-line reason, before anything is written (SPEC §7).
@Suite(.enabled(if: TestDatabase.isAvailable)) struct HostileInputTests {
    static func run(_ arguments: [String], _ database: TestDatabase, environment: [String: String] = [:]) throws -> BinaryRunner.Result {
        try BinaryRunner.run(arguments + ["--database-url", database.url], environment: environment)
    }

    @Test func userKeysTooLongForTheIndexAreSkippedAndCounted() throws {
        try TestDatabase.with { database in
            let connection = try database.connect()
            // random text does not compress: 3,000 and 10,016 characters are past the B-tree's 2,704 bytes
            try connection.execute("""
                INSERT INTO purchase_events
                SELECT 'shop', 'e' || n, key, NULL, '2026-11-20 12:00+00', 10.00, 'USD', 'purchase'
                FROM (VALUES (1, 'ann'), (2, (SELECT left(string_agg(md5(g::text), ''), 3000) FROM generate_series(1, 94) g)),
                             (3, (SELECT string_agg(md5(g::text), '') FROM generate_series(1, 313) g))) v(n, key)
                """)
            #expect(try connection.execute("SELECT string_agg(length(user_key)::text, ',' ORDER BY event_id) FROM purchase_events").scalar == "3,3000,10016")
            let result = try Self.run(["run", "--as-of", "2026-11-24"], database)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.contains("  rows                3 read · 2 skipped (key_too_long 2)\n"))
            #expect(try connection.execute("SELECT user_key FROM customer_ltv").rows == [["ann"]])
            #expect(try connection.execute("SELECT skipped_by_reason::text FROM rfm_runs").scalar == "{\"key_too_long\": 2}")
            let strict = try Self.run(["run", "--as-of", "2026-11-25", "--strict"], database)
            #expect(strict.status == 65)
        }
    }

    @Test(arguments: [
        // a rate the table accepts times an amount it accepts: 10^15 dollars
        ("SELECT 'shop', 'big', 'whale', NULL, timestamptz '2026-11-20 12:00+00', 1000000000.00, 'JPY', 'purchase'", true, "monetary"),
        // 150 orders of the largest numeric(14,2)
        ("SELECT 'shop', 'e' || g, 'whale', NULL, timestamptz '2026-11-20 12:00+00', 999999999999.99, 'USD', 'purchase' FROM generate_series(1, 150) g", false, "monetary"),
    ])
    func moneyTheOutputsCannotHoldRefusesTheMerchantNamingTheCustomer(rows: String, jpy: Bool, column: String) throws {
        try TestDatabase.with { database in
            let connection = try database.connect()
            try connection.execute("""
                INSERT INTO purchase_events VALUES
                    ('shop', 'small', 'minnow', NULL, '2026-11-19 12:00+00', 5.00, 'USD', 'purchase'),
                    ('other', 'o', 'fine', NULL, '2026-11-19 12:00+00', 5.00, 'USD', 'purchase')
                """)
            #expect(try Self.run(["run", "--as-of", "2026-11-23"], database).status == 0)
            if jpy { #expect(try Self.run(["fx", "set", "JPY", "999999.999999"], database).status == 0) }
            try connection.execute("INSERT INTO purchase_events \(rows)")
            let result = try Self.run(["run", "--as-of", "2026-11-24"], database)
            #expect(result.status == 65, "\(result.stderr)")
            #expect(result.messages == ["rfm-nightly: customer whale's \(column) is $100,000,000,000,000 or more, beyond what numeric(16,2) holds; check the customer's amounts, the currency's rate and the horizon"])
            // shop keeps its previous night whole; the other merchant is written
            #expect(try connection.execute("SELECT merchant_id, as_of::text FROM customer_ltv ORDER BY 1").rows == [["other", "2026-11-24"], ["shop", "2026-11-23"]])
            #expect(try connection.execute("SELECT count(*) FROM customer_ltv_history WHERE merchant_id = 'shop' AND snapshot_date = '2026-11-24'").scalar == "0")
            #expect(try connection.execute("SELECT status FROM rfm_runs WHERE merchant_id = 'shop' AND as_of = '2026-11-24'").scalar == "failed")
        }
    }

    @Test func aLongHorizonOverAOneDayWindowIsRefusedNotOverflowed() throws {
        try TestDatabase.with { database in
            try database.connect().execute("""
                INSERT INTO purchase_events VALUES ('shop', 'e', 'whale', NULL, '2026-11-23 12:00+00', 3000000000.00, 'USD', 'purchase')
                """)
            let result = try Self.run(["run", "--as-of", "2026-11-24", "--window-days", "1", "--horizon-days", "36500"], database)
            #expect(result.status == 65, "\(result.stderr)")
            #expect(result.messages.first?.hasPrefix("rfm-nightly: customer whale's predictive_ltv is $100,000,000,000,000 or more") == true)
        }
    }

    @Test func aMerchantIDTooLongForTheKeysIsRefused() throws {
        try TestDatabase.with { database in
            let merchant = String(repeating: "m", count: 300)
            try database.connect().execute(
                "INSERT INTO purchase_events VALUES ($1, 'e', 'u', NULL, '2026-11-23 12:00+00', 3.00, 'USD', 'purchase')", [merchant]
            )
            let result = try Self.run(["run", "--as-of", "2026-11-24"], database)
            #expect(result.status == 65)
            #expect(result.messages == ["rfm-nightly: the merchant id is 300 bytes long; at most 256 fit the output tables' keys"])
        }
    }

    @Test func rowsWithoutATimeInAViewAreCountedAsNullFields() throws {
        try TestDatabase.with { database in
            let connection = try database.connect()
            try connection.executeScript("""
                INSERT INTO purchase_events
                SELECT 'shop', 'e' || g, 'u' || (g % 4), NULL, timestamptz '2026-11-01 12:00+00' + g * interval '1 day', 10.00, 'USD', 'purchase'
                FROM generate_series(1, 10) g;
                CREATE VIEW timeless AS
                SELECT merchant_id, event_id, user_key, email,
                       CASE WHEN event_id IN ('e2', 'e5', 'e9') THEN NULL ELSE occurred_at END AS occurred_at, amount, currency, kind
                FROM purchase_events;
                """)
            let result = try Self.run(["run", "--as-of", "2026-11-24", "--source", "timeless"], database)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.contains("  rows                10 read · 3 skipped (null_field 3)\n"))
            #expect(try connection.execute("SELECT sum(frequency)::text FROM customer_ltv").scalar == "7")
            let strict = try Self.run(["run", "--as-of", "2026-11-24", "--source", "timeless", "--strict"], database)
            #expect(strict.status == 65)
            #expect(strict.messages == ["rfm-nightly: --strict: 3 data-quality warnings (null_field 3); nothing written"])
        }
    }

    @Test func aMistypedMerchantIsRefusedAndLeavesNoTrace() throws {
        try TestDatabase.with { database in
            try database.load(.fixture("events"))
            let connection = try database.connect()
            #expect(try Self.run(["run", "--as-of", "2026-03-01"], database).status == 0)
            let partitions = try connection.execute("SELECT count(*) FROM pg_inherits WHERE inhparent = 'customer_ltv'::regclass").scalar
            let result = try Self.run(["run", "--as-of", "2026-03-02", "--merchant", "m-bta", "--merchant", "m-beta"], database)
            #expect(result.status == 66)
            #expect(result.messages == ["rfm-nightly: merchant \"m-bta\" has no rows in purchase_events and no scores; nothing written (merchants with scores: m-alpha, m-beta, m-gamma)"])
            #expect(result.stdout.hasSuffix("1 of 2 merchants scored for 2026-03-02\n"))
            #expect(try connection.execute("SELECT count(*) FROM rfm_runs WHERE merchant_id = 'm-bta'").scalar == "0")
            #expect(try connection.execute("SELECT count(*) FROM pg_inherits WHERE inhparent = 'customer_ltv'::regclass").scalar == partitions)
        }
    }

    @Test func serverSettingsThatStopTheJobExit78NamingThem() throws {
        try TestDatabase.with { database in
            try database.load(.fixture("events"))
            let timeout = try Self.run(["run", "--as-of", "2026-03-01"], database, environment: ["PGOPTIONS": "-c statement_timeout=1"])
            #expect(timeout.status == 78, "\(timeout.stderr)")
            #expect(timeout.messages.first?.hasPrefix("rfm-nightly: the server's statement_timeout ended a statement") == true, "\(timeout.messages)")
            let readOnly = try Self.run(["run", "--as-of", "2026-03-01"], database, environment: ["PGOPTIONS": "-c default_transaction_read_only=on"])
            #expect(readOnly.status == 78, "\(readOnly.stderr)")
            #expect(readOnly.messages.first?.hasPrefix("rfm-nightly: the database refuses writes (cannot execute") == true, "\(readOnly.messages)")
        }
    }
}
