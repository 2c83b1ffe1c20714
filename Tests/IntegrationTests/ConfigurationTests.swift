import RFMConfig
import RFMCore
import Testing
@testable import RFMJob

/// Each setting of the configuration file changes the outcome as documented, on
/// Fixtures/events.sql (as of 2026-03-01 unless said otherwise), against a real PostgreSQL.
@Suite(.enabled(if: TestDatabase.isAvailable)) struct ConfigurationTests {
    @Test func aShorterWindowDropsCustomersAndMatchesTheReference() throws {
        try TestDatabase.with { database in
            let job = try JobHarness(database)
            try job.run("2026-03-01")
            let yearCount = try job.count("SELECT count(*) FROM customer_ltv WHERE merchant_id = 'm-alpha'")
            try job.run("2026-03-01", config: "defaults: {window_days: 30}")
            // Window [2026-01-30, 2026-03-01): of the named customers only alice bought in it:
            // a-3 (€100 = $92.00) less the a-4 refund ($10.00) = $82.00, one purchase, 19 days.
            let alpha = try job.current("m-alpha")
            #expect(alpha.count < yearCount)
            #expect(alpha["alice"]?["monetary"] == "82.00")
            #expect(alpha["alice"]?["frequency"] == "1")
            for gone in ["bob", "carol", "dave", "frank"] { #expect(alpha[gone] == nil, "\(gone)") }
            for merchant in FixtureTests.merchants {
                #expect(try job.differencesFromReference(merchant, asOf: "2026-03-01", windowDays: 30) == [], "\(merchant)")
            }
        }
    }

    @Test func aDoubledHorizonDoublesPredictiveLTV() throws {
        try TestDatabase.with { database in
            let job = try JobHarness(database)
            try job.run("2026-03-01")
            let year = try job.column("predictive_ltv", "m-alpha")
            try job.run("2026-03-01", config: "defaults: {horizon_days: 730}")
            let twoYears = try job.column("predictive_ltv", "m-alpha")
            #expect(twoYears.keys == year.keys)
            // Each LTV is rounded once, so doubling the horizon doubles it to within a cent.
            for (user, ltv) in year {
                let before = Cents.parseDecimal(ltv[...], scale: 2)!, after = Cents.parseDecimal(twoYears[user]![...], scale: 2)!
                #expect(abs(after - 2 * before) <= 1, "\(user): \(ltv) -> \(twoYears[user]!)")
            }
            #expect(twoYears["alice"] == "256.06")  // 155.60 × 730/365 × 0.95^(19/30) × 0.85 = 256.0649…
            #expect(try job.differencesFromReference("m-alpha", asOf: "2026-03-01", horizonDays: 730) == [])
        }
    }

    @Test func weightsChangeTheCompositeAndTheSegment() throws {
        try TestDatabase.with { database in
            let job = try JobHarness(database)
            try job.run("2026-03-01", config: "defaults: {weights: {recency: 0.2, frequency: 0.2, monetary: 0.6}}")
            // 20 × (0.2R + 0.2F + 0.6M) = 4R + 4F + 12M exactly, for every customer.
            #expect(try job.count("SELECT count(*) FROM customer_ltv WHERE rfm_score <> 4 * r_score + 4 * f_score + 12 * m_score") == 0)
            // m-beta by hand (R, F, M unchanged): p1 R5 F4 M3 -> 72 loyal (82 champion before),
            // p3 R3 F5 M4 -> 80 loyal, p4 R2 F4 M5 -> 84 champion (71 loyal before).
            let beta = try job.current("m-beta")
            #expect(["p1", "p3", "p4"].map { beta[$0]?["rfm_score"] } == ["72", "80", "84"])
            #expect(["p1", "p3", "p4"].map { beta[$0]?["segment"] } == ["loyal", "loyal", "champion"])
        }
    }

    @Test func kindsDecideWhatCountsAsAPurchaseOrARefund() throws {
        try TestDatabase.with { database in
            let job = try JobHarness(database)
            // heidi's only row has kind 'chargeback': skipped by default.
            var outcomes = try job.run("2026-03-01", config: "defaults: {purchase_kinds: [purchase, chargeback]}", merchants: ["m-alpha"])
            #expect(try job.current("m-alpha")["heidi"]?["monetary"] == "25.00")
            #expect(outcomes[0].quality.skipped[.unknownKind] == nil)
            outcomes = try job.run("2026-03-01", config: "defaults: {refund_kinds: [refund, chargeback]}", merchants: ["m-alpha"])
            #expect(try job.current("m-alpha")["heidi"] == nil)   // a refund without a purchase: valid, not scored
            #expect(outcomes[0].quality.skipped[.unknownKind] == nil)
            outcomes = try job.run("2026-03-01", config: "defaults: {purchase_kinds: [order]}", merchants: ["m-alpha"])
            #expect(outcomes[0].summary?.customersScored == 0)      // no row has kind 'order'
            #expect((outcomes[0].quality.skipped[.unknownKind] ?? 0) > 250)
        }
    }

    @Test func exclusionPatternsLeaveCustomersOut() throws {
        try TestDatabase.with { database in
            let job = try JobHarness(database)
            let outcomes = try job.run("2026-03-01", config: #"defaults: {exclude_user_keys: ["gen-00?", "carol"]}"#)
            let alpha = try job.current("m-alpha")
            #expect(alpha.keys.filter { $0.hasPrefix("gen-00") }.isEmpty)
            #expect(alpha["carol"] == nil && alpha["alice"] != nil && alpha.keys.contains { $0.hasPrefix("gen-01") })
            let quality = outcomes[0].quality
            #expect(quality.excludedCustomers == 10)
            #expect(quality.excludedRows == (try job.count("""
                SELECT count(*) FROM purchase_events
                WHERE merchant_id = 'm-alpha' AND (user_key ~ '^gen-00[0-9]$' OR user_key = 'carol') AND occurred_at < '2026-03-01'
                """)))
            #expect(outcomes[1].quality.excludedCustomers == 0)
            #expect(try job.connection.execute(
                "SELECT excluded_rows::text || '/' || excluded_customers::text FROM rfm_runs WHERE merchant_id = 'm-alpha'"
            ).scalar == "\(quality.excludedRows)/10")
        }
    }

    @Test func theExclusionTableLeavesItsCustomersOut() throws {
        try TestDatabase.with { database in
            let job = try JobHarness(database)
            try job.connection.executeScript("""
                CREATE TABLE opted_out (merchant_id text, user_key text);
                INSERT INTO opted_out VALUES ('m-alpha', 'alice'), (NULL, 'p1'), ('m-gamma', 'bob');
                """)
            let outcomes = try job.run("2026-03-01", config: "defaults: {exclusion_table: opted_out}")
            #expect(outcomes.allSatisfy { $0.succeeded })
            let alpha = try job.current("m-alpha"), beta = try job.current("m-beta")
            #expect(alpha["alice"] == nil && alpha["bob"] != nil)          // bob is only out for m-gamma
            #expect(beta["p1"] == nil && beta["p2"] != nil)                // a NULL merchant_id: every merchant
            #expect(outcomes.map(\.quality.excludedCustomers) == [1, 1, 0])

            let missing = try job.run("2026-03-01", config: "defaults: {exclusion_table: no_such_table}", merchants: ["m-beta"])
            #expect(missing[0].failure?.category == .missingInput)
            #expect(missing[0].failure?.message == "exclusion table \"no_such_table\" does not exist (see exclusion_table in the configuration)")
            #expect(try job.current("m-beta")["p2"] != nil)               // the previous results stay
        }
    }

    @Test func fxOverridesChangeMonetaryForTheirMerchantOnly() throws {
        try TestDatabase.with { database in
            let job = try JobHarness(database)
            let outcomes = try job.run("2026-03-01", config: """
                merchants:
                  m-alpha: {fx_rates: {EUR: 1.0}}
                  m-gamma: {fx_rates: {CAD: 0.5}}
                """)
            // alice: $50.00 + £20 × 1.18 + €100 × 1.0 − $10.00 = 163.60 (155.60 at EUR 0.92).
            #expect(try job.current("m-alpha")["alice"]?["monetary"] == "163.60")
            #expect(try job.current("m-gamma")["q1"]?["monetary"] == "5.00")       // CAD 10 × 0.5
            #expect(outcomes[2].quality.unknownCurrencyRows == 0)
            // m-beta (GBP only) is untouched; the table keeps its rates; each run records what it used.
            #expect(try job.differencesFromReference("m-beta", asOf: "2026-03-01") == [])
            #expect(try job.connection.execute("SELECT usd_rate::text FROM fx_rates WHERE currency = 'EUR'").scalar == "0.920000")
            let used = try job.rows("""
                SELECT merchant_id, settings->'fx_rates'->>'EUR' AS eur, settings->'fx_overrides' AS overrides FROM rfm_runs
                """)
            #expect(used["m-alpha"]?["eur"] == "1.000000")
            #expect(used["m-beta"]?["eur"] == "0.920000")
            #expect(used["m-gamma"]?["overrides"] == #"{"CAD": "0.500000"}"#)
        }
    }

    @Test func aMerchantsSectionAppliesToThatMerchantOnly() throws {
        try TestDatabase.with { database in
            let job = try JobHarness(database)
            try job.run("2026-03-01", config: "merchants:\n  m-beta: {scheme: classic, window_days: 400}\n")
            // m-beta, R × F from FixtureTests' hand ranking: p1/p2 R5 F4, p3 R3 F5, p4 R2 F4.
            let beta = try job.current("m-beta")
            #expect(["p1", "p2", "p3", "p4"].map { beta[$0]?["segment"] } == ["champions", "champions", "loyal", "at_risk"])
            for merchant in ["m-alpha", "m-gamma"] {
                #expect(try job.differencesFromReference(merchant, asOf: "2026-03-01") == [], "\(merchant)")
            }
            let settings = try job.rows("SELECT merchant_id, settings->>'scheme' AS scheme, settings->>'window_days' AS window FROM rfm_runs")
            #expect(settings["m-beta"]?["scheme"] == "classic" && settings["m-beta"]?["window"] == "400")
            #expect(settings["m-alpha"]?["scheme"] == "tracklayer" && settings["m-alpha"]?["window"] == "365")
        }
    }

    @Test func theLifecycleSchemeAndAUserDefinedOne() throws {
        try TestDatabase.with { database in
            let job = try JobHarness(database)
            try job.run("2026-03-01", config: "defaults: {scheme: lifecycle}", merchants: ["m-beta"])
            // p1/p2 R5 F4 M3 and p3 R3 F5 M4: frequent, not lapsed -> regulars;
            // p4 R2 F4 M5: many purchases for large sums, but not lately -> needs_attention.
            var beta = try job.current("m-beta")
            #expect(["p1", "p2", "p3", "p4"].map { beta[$0]?["segment"] } == ["regulars", "regulars", "regulars", "needs_attention"])

            let outcomes = try job.run("2026-03-01", config: """
                defaults: {scheme: big_spenders}
                schemes:
                  big_spenders:
                    rules:
                      - {segment: whale, monetary: 5}
                      - {segment: recent, recency: 5, score: 80-100}
                    fallback: others
                    at_risk_segment: others
                """, merchants: ["m-beta"])
            beta = try job.current("m-beta")
            // p4 M5 -> whale; p1/p2 R5 with 82 -> recent; p3 R3 -> others.
            #expect(["p1", "p2", "p3", "p4"].map { beta[$0]?["segment"] } == ["recent", "recent", "others", "whale"])
            #expect(outcomes[0].summary?.championCount == 1 && outcomes[0].summary?.atRiskCount == 1)
            #expect(try job.connection.execute(
                "SELECT settings->'scheme_rules'->>'fallback' FROM rfm_runs ORDER BY id DESC LIMIT 1"
            ).scalar == "others")
        }
    }

    @Test func merchantsWithTheirOwnSource() throws {
        try TestDatabase.with { database in
            let job = try JobHarness(database)
            try job.connection.executeScript("""
                CREATE TABLE other_events (LIKE purchase_events);
                INSERT INTO other_events VALUES
                    ('m-zeta', 'z-1', 'zed', NULL, '2026-02-01 12:00+00', 40.00, 'USD', 'purchase'),
                    ('m-beta', 'x-1', 'ghost', NULL, '2026-02-01 12:00+00', 99.00, 'USD', 'purchase');
                """)
            let outcomes = try job.run("2026-03-01", config: """
                merchants:
                  m-zeta: {source: other_events}
                  m-gamma: {source: other_events}      # has no rows there: not run
                  m-omega: {source: no_such_view}     # fails on its own, visibly
                """)
            #expect(outcomes.map(\.merchant) == ["m-alpha", "m-beta", "m-omega", "m-zeta"])
            #expect(outcomes.map(\.succeeded) == [true, true, false, true])
            #expect(outcomes[2].failure?.category == .missingInput)
            #expect(outcomes[2].failure?.message == "source relation \"no_such_view\" does not exist (set --source to a table or view)")
            #expect(try job.current("m-zeta")["zed"]?["monetary"] == "40.00")
            #expect(try job.current("m-beta")["ghost"] == nil)              // m-beta reads the default source
            #expect(try job.connection.execute("SELECT source FROM rfm_runs WHERE merchant_id = 'm-zeta'").scalar == "other_events")
        }
    }

    @Test func changingSettingsNeverRewritesPastHistory() throws {
        try TestDatabase.with { database in
            let job = try JobHarness(database)
            let first = try job.run("2026-03-01", config: "defaults: {window_days: 365}")
            let march = try job.rows("""
                SELECT user_key, rfm_score, segment, predictive_ltv::text, monetary::text, run_id::text
                FROM customer_ltv_history WHERE snapshot_date = '2026-03-01' AND merchant_id = 'm-alpha'
                """)
            try job.connection.execute("UPDATE fx_rates SET usd_rate = 1.0 WHERE currency = 'EUR'")
            let second = try job.run("2026-04-15", config: "defaults: {window_days: 90, scheme: lifecycle}")

            // The March rows are exactly as the first run wrote them.
            #expect(try job.rows("""
                SELECT user_key, rfm_score, segment, predictive_ltv::text, monetary::text, run_id::text
                FROM customer_ltv_history WHERE snapshot_date = '2026-03-01' AND merchant_id = 'm-alpha'
                """) == march)
            // Every history row leads to the run, and so to the settings and hash, that wrote it.
            #expect(try job.count("""
                SELECT count(*) FROM customer_ltv_history h LEFT JOIN rfm_runs r ON r.id = h.run_id
                WHERE r.settings_hash IS NULL OR r.as_of <> h.snapshot_date OR r.merchant_id <> h.merchant_id
                """) == 0)
            let written = try job.rows("""
                SELECT h.snapshot_date::text, min(r.settings_hash) AS hash, count(DISTINCT r.settings_hash)::text AS hashes,
                       min(r.settings->>'window_days') AS window, min(r.settings->'fx_rates'->>'EUR') AS eur
                FROM customer_ltv_history h JOIN rfm_runs r ON r.id = h.run_id
                WHERE h.merchant_id = 'm-alpha' GROUP BY 1
                """)
            #expect(written["2026-03-01"]?["window"] == "365" && written["2026-03-01"]?["eur"] == "0.920000")
            #expect(written["2026-04-15"]?["window"] == "90" && written["2026-04-15"]?["eur"] == "1.000000")
            #expect(written["2026-03-01"]?["hash"] == first[0].settingsHash)
            #expect(written["2026-04-15"]?["hash"] == second[0].settingsHash)
            #expect(first[0].settingsHash != second[0].settingsHash)

            // The recorded hash is the fingerprint of the merchant's effective settings and the rates used.
            var rates = FXRates.seed
            rates.set(.eur, micros: 1_000_000)
            let expected = SettingsFingerprint(
                settings: try JobHarness.resolver("defaults: {window_days: 90, scheme: lifecycle}").settings(for: "m-alpha"), rates: rates
            )
            #expect(second[0].settingsHash == expected.hash)
        }
    }

    @Test func theSameSettingsWrittenDifferentlyRecordTheSameHash() throws {
        try TestDatabase.with { database in
            let job = try JobHarness(database)
            try job.run("2026-03-01", config: "defaults: {window_days: 90, weights: {recency: 0.5, frequency: 0.3, monetary: 0.2}}", merchants: ["m-beta"])
            try job.run("2026-03-02", config: """
                # the same, in another order, as block YAML, with a merchant section saying the same thing
                merchants:
                  m-beta:
                    weights:
                      monetary: 0.20
                      frequency: "0.3"
                      recency: 0.5000
                defaults:
                  window_days: 90
                """, merchants: ["m-beta"])
            try job.run("2026-03-03", config: "", merchants: ["m-beta"], overrides: ScoringOverrides(windowDays: 91))
            let hashes = try job.connection.execute("SELECT settings_hash FROM rfm_runs ORDER BY id").rows.map { $0[0] }
            #expect(hashes.count == 3)
            #expect(hashes[0] == hashes[1])
            #expect(hashes[0] != hashes[2])
            #expect(hashes.allSatisfy { $0?.count == 64 })
        }
    }
}
