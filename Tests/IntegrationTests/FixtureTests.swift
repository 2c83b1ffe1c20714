import RFMCore
import Testing
@testable import RFMJob

/// The nightly job against a real PostgreSQL, on Fixtures/events.sql. Named customers are
/// checked against values worked out by hand; every customer against the SQL reference.
@Suite(.enabled(if: TestDatabase.isAvailable)) struct FixtureTests {
    static let merchants = ["m-alpha", "m-beta", "m-gamma"]

    @Test func scoresMatchHandWorkedValues() throws {
        try TestDatabase.with { database in
            let job = try JobHarness(database)
            let outcomes = try job.run("2026-03-01")
            #expect(outcomes.map(\.merchant) == Self.merchants)
            #expect(outcomes.allSatisfy { $0.succeeded })

            let alpha = try job.current("m-alpha")
            // alice: 92.00 (EUR 100) + 50.00 + 23.60 (GBP 20) − 10.00 refund = 155.60; last purchase
            // 2026-02-10 (19 days); first 2024-08-01 (577 days, cohort capped at 0.85);
            // 155.60 × 0.95^(19/30) × 0.85 = 128.03; email "  Alice@Example.COM ".
            let alice = try #require(alpha["alice"])
            #expect(alice["monetary"] == "155.60")
            #expect(alice["frequency"] == "3")
            #expect(alice["recency_days"] == "19")
            #expect(alice["tenure_days"] == "577")
            #expect(alice["predictive_ltv"] == "128.03")
            #expect(alice["first_purchase_at"] == "2024-08-01 10:00:00+00")
            #expect(alice["last_purchase_at"] == "2026-02-10 09:30:00+00")
            #expect(alice["email_sha256"] == "ff8d9819fc0e12bf0d24892e45987e249a28dce836a85cad60e28eaaa8c6d976")
            // bob: b-1 twice counts once; b-x's two versions are both dropped.
            #expect(alpha["bob"]?["monetary"] == "30.00")
            #expect(alpha["bob"]?["frequency"] == "1")
            #expect(alpha["bob"]?["predictive_ltv"] == "20.34")
            // carol: her purchase at the window's first instant is in (365 days); the one at the cutoff is out.
            #expect(alpha["carol"]?["recency_days"] == "365")
            #expect(alpha["carol"]?["monetary"] == "12.34")
            #expect(alpha["carol"]?["predictive_ltv"] == "5.81")
            // dave: refund of €50 after a €20 purchase: monetary floors at zero.
            #expect(alpha["dave"]?["monetary"] == "0.00")
            #expect(alpha["dave"]?["predictive_ltv"] == "0.00")
            // kim: 2025-05-01 -> 2026-03-01 is 304 days, though only her 2026-01-01 purchase counts.
            #expect(alpha["kim"]?["tenure_days"] == "304")
            #expect(alpha["kim"]?["frequency"] == "1")
            #expect(alpha["kim"]?["monetary"] == "20.00")
            #expect(alpha["frank"]?["monetary"] == "75.00")
            #expect(alpha["frank"]?["predictive_ltv"] == "37.38")
            for absent in ["erin", "grace", "heidi", "ivan", "judy"] { #expect(alpha[absent] == nil, "\(absent)") }

            // m-beta, ranked by hand: recency 2,2,80,334 -> R 5,5,3,2; frequency 1,1,2,1 -> F 4,4,5,4;
            // monetary 11.80,11.80,47.20,118.00 -> M 3,3,4,5; 7R+8F+5M = 82,82,81,71.
            let beta = try job.current("m-beta")
            #expect(["p1", "p2", "p3", "p4"].map { beta[$0]?["rfm_score"] } == ["82", "82", "81", "71"])
            #expect(["p1", "p2", "p3", "p4"].map { beta[$0]?["segment"] } == ["champion", "champion", "champion", "loyal"])
            #expect(["p1", "p3", "p4"].map { beta[$0]?["predictive_ltv"] } == ["11.05", "37.94", "58.95"])

            // m-gamma: CAD has no rate: 10.00 counted as USD 10.00, one warning.
            let gamma = try job.current("m-gamma")
            #expect(gamma["q1"]?["monetary"] == "10.00")
            #expect(gamma["q1"]?["rfm_score"] == "100")
            #expect(gamma["q1"]?["predictive_ltv"] == "8.63")
            #expect(outcomes[2].quality.unknownCurrencyRows == 1)
            #expect(outcomes[2].quality.unknownCurrencies == [CurrencyCode("CAD")!])

            let quality = outcomes[0].quality
            #expect(quality.skipped == [
                .negativeAmount: 1, .unknownKind: 1, .malformedCurrency: 1, .amountNotANumber: 1, .conflictingDuplicate: 4,
            ])
            #expect(quality.duplicatesIgnored == 1)
            #expect(quality.rowsRead == (try job.count(
                "SELECT count(*) FROM purchase_events WHERE merchant_id = 'm-alpha' AND occurred_at < '2026-03-01'"
            )))
        }
    }

    @Test func everyCustomerMatchesTheSQLReference() throws {
        try TestDatabase.with { database in
            let job = try JobHarness(database)
            try job.run("2026-03-01")
            #expect(try job.count("SELECT count(*) FROM customer_ltv WHERE merchant_id = 'm-alpha'") > 250)
            for merchant in Self.merchants {
                #expect(try job.differencesFromReference(merchant, asOf: "2026-03-01") == [], "\(merchant)")
                #expect(try job.historyDifferencesFromReference(merchant, asOf: "2026-03-01") == [], "\(merchant)")
            }
        }
    }

    @Test func customersLeavingTheWindowLeaveTheCurrentState() throws {
        try TestDatabase.with { database in
            let job = try JobHarness(database)
            try job.run("2026-03-01")
            let before = try job.count("SELECT count(*) FROM customer_ltv WHERE merchant_id = 'm-alpha'")
            try job.run("2026-04-15")
            let alpha = try job.current("m-alpha")
            #expect(alpha["frank"] == nil)              // his purchases ended 2025-04-01, before 2025-04-15
            #expect(alpha.count < before)
            for merchant in Self.merchants {
                #expect(try job.differencesFromReference(merchant, asOf: "2026-04-15") == [], "\(merchant)")
            }
            // history keeps both dates, frank only on the first
            #expect(try job.count("SELECT count(DISTINCT snapshot_date) FROM customer_ltv_history WHERE merchant_id = 'm-alpha'") == 2)
            #expect(try job.count("SELECT count(*) FROM customer_ltv_history WHERE user_key = 'frank'") == 1)
            #expect(try job.historyDifferencesFromReference("m-alpha", asOf: "2026-03-01") == [])
            #expect(try job.historyDifferencesFromReference("m-alpha", asOf: "2026-04-15") == [])
        }
    }

    @Test func aRerunReplacesTheDatesRowsWithoutDuplicates() throws {
        try TestDatabase.with { database in
            let job = try JobHarness(database)
            let first = try job.run("2026-03-01")
            let snapshot = try job.rows("SELECT user_key, rfm_score, predictive_ltv::text FROM customer_ltv_history ORDER BY 1")
            let second = try job.run("2026-03-01")
            #expect(try job.count("SELECT count(*) FROM customer_ltv_history") == snapshot.count)
            #expect(try job.count("""
                SELECT count(*) FROM (SELECT 1 FROM customer_ltv_history GROUP BY merchant_id, user_key, snapshot_date HAVING count(*) > 1) d
                """) == 0)
            #expect(try job.rows("SELECT user_key, rfm_score, predictive_ltv::text FROM customer_ltv_history ORDER BY 1") == snapshot)
            // the rows are the second run's
            let secondRun = try #require(second.first?.runID)
            #expect(try job.count("SELECT count(*) FROM customer_ltv_history WHERE merchant_id = 'm-alpha' AND run_id <> $1", [String(secondRun)]) == 0)
            #expect(first.first?.runID != secondRun)
            #expect(try job.count("SELECT count(*) FROM rfm_runs WHERE status = 'succeeded'") == 6)
        }
    }

    @Test func anOlderAsOfWritesHistoryOnly() throws {
        try TestDatabase.with { database in
            let job = try JobHarness(database)
            try job.run("2026-04-15")
            let current = try job.current("m-alpha")
            let outcomes = try job.run("2026-03-01")
            #expect(outcomes.allSatisfy { $0.wroteHistory && !$0.wroteCurrent && $0.keptNewerCurrent })
            #expect(try job.current("m-alpha") == current)
            #expect(try job.count("SELECT count(*) FROM customer_ltv WHERE as_of <> '2026-04-15'") == 0)
            #expect(try job.historyDifferencesFromReference("m-alpha", asOf: "2026-03-01") == [])
            #expect(try job.count("SELECT count(*) FROM customer_ltv_history WHERE user_key = 'frank'") == 1)
        }
    }

    @Test func aDryRunWritesNothing() throws {
        try TestDatabase.with { database in
            let job = try JobHarness(database)
            let outcomes = try job.run("2026-03-01", dryRun: true)
            #expect(outcomes.map { $0.summary?.customersScored ?? 0 }.reduce(0, +) > 250)
            #expect(outcomes.allSatisfy { !$0.wroteHistory && !$0.wroteCurrent && $0.runID == nil })
            for table in ["customer_ltv", "customer_ltv_history", "rfm_runs"] {
                #expect(try job.count("SELECT count(*) FROM \(table)") == 0, "\(table)")
            }
        }
    }

    @Test func oneMerchantOnlyAndTheClassicScheme() throws {
        try TestDatabase.with { database in
            let job = try JobHarness(database)
            let outcomes = try job.run("2026-03-01", merchants: ["m-beta"], scheme: .classic)
            #expect(outcomes.map(\.merchant) == ["m-beta"])
            // R×F from the hand ranking above: p1/p2 R5 F4, p3 R3 F5, p4 R2 F4.
            let beta = try job.current("m-beta")
            #expect(["p1", "p2", "p3", "p4"].map { beta[$0]?["segment"] } == ["champions", "champions", "loyal", "at_risk"])
            #expect(try job.count("SELECT count(*) FROM customer_ltv WHERE merchant_id <> 'm-beta'") == 0)
            #expect(try job.connection.execute("SELECT settings->>'scheme' FROM rfm_runs").scalar == "classic")
        }
    }
}
