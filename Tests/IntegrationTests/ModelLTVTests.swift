import Foundation
import Logging
import RFMCore
import Testing
@testable import RFMJob

/// `--ltv-model`: what the setting changes in the stored rows, and what it must not.
/// Fixtures/ltv.sql (merchant m-clv) is drawn from a BG/NBD, so the models fit on it; its
/// expected outputs come from Tests/Fixtures/ltv/reference.py (scipy), computed apart from the
/// Swift code. Fixtures/events.sql's merchants are too small or too regular to fit.
@Suite(.enabled(if: TestDatabase.isAvailable)) struct ModelLTVTests {
    static let modelColumns = ["expected_purchases", "probability_alive", "model_ltv", "churn_risk"]

    @discardableResult
    static func run(
        _ database: TestDatabase, _ asOf: String, merchants: [String]? = nil, model: LTVModel = .bgnbd, rate: Double = 0,
        dryRun: Bool = false, logger: Logger = .quiet
    ) throws -> [MerchantOutcome] {
        var settings = ScoringSettings.default
        settings.ltvModel = model
        settings.annualDiscountRate = rate
        var options = JobOptions()
        options.dryRun = dryRun
        let request = RunRequest(asOf: CivilDate(iso: asOf)!, merchants: merchants, settings: settings)
        return try NightlyJob(conninfo: database.url, logger: logger).run(request, options: options)
    }

    /// Every column SPEC §6 and the seed define, per user: what the model must leave alone.
    static let seedColumns = """
        user_key, email_sha256, as_of::text, recency_days, frequency, monetary::text, tenure_days, r_score, f_score,
        m_score, rfm_score, segment, predictive_ltv::text, first_purchase_at::text, last_purchase_at::text
        """
    static let seedHistoryColumns = """
        user_key, snapshot_date::text, rfm_score, segment, predictive_ltv::text, monetary::text, frequency, recency_days,
        r_score, f_score, m_score
        """

    static func modelJSON(_ job: JobHarness, merchant: String) throws -> [String: Any]? {
        let text = try job.connection.execute(
            "SELECT clv_model::text FROM rfm_runs WHERE merchant_id = $1 ORDER BY id DESC LIMIT 1", [merchant]
        ).scalar
        return try text.map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
    }

    @Test func theDefaultWritesNullModelColumnsAndNothingElseChanges() throws {
        try TestDatabase.with { database in
            let job = try JobHarness(database)
            try database.load(.fixture("ltv"))
            let outcomes = try job.run("2026-03-01")
            #expect(outcomes.allSatisfy { $0.succeeded && $0.model == nil })
            for table in ["customer_ltv", "customer_ltv_history"] {
                #expect(try job.count("SELECT count(*) FROM \(table)") > 300)
                let anyModel = Self.modelColumns.map { "\($0) IS NOT NULL" }.joined(separator: " OR ")
                #expect(try job.count("SELECT count(*) FROM \(table) WHERE \(anyModel)") == 0, "\(table)")
            }
            #expect(try job.count("SELECT count(*) FROM rfm_runs WHERE clv_model IS NOT NULL") == 0)
            // The settings record is what it was before the model existed.
            #expect(try job.count("SELECT count(*) FROM rfm_runs WHERE settings ? 'ltv_model' OR settings ? 'annual_discount_rate'") == 0)
            for merchant in FixtureTests.merchants {
                #expect(try job.differencesFromReference(merchant, asOf: "2026-03-01") == [], "\(merchant)")
            }
        }
    }

    @Test func theModelFillsItsColumnsAndLeavesTheSeedsAlone() throws {
        try TestDatabase.with { database in
            let job = try JobHarness(database, fixture: "ltv")
            try job.run("2026-01-01")
            let seedCurrent = try job.rows("SELECT \(Self.seedColumns) FROM customer_ltv")
            let seedHistory = try job.rows("SELECT \(Self.seedHistoryColumns) FROM customer_ltv_history")
            let outcomes = try Self.run(database, "2026-01-01")
            #expect(outcomes.allSatisfy { $0.succeeded })
            #expect(try job.rows("SELECT \(Self.seedColumns) FROM customer_ltv") == seedCurrent)
            #expect(try job.rows("SELECT \(Self.seedHistoryColumns) FROM customer_ltv_history") == seedHistory)

            // Against the independent reference (scipy's fit: agreement to its tolerance).
            let reference = try Self.referencePredictions()
            let stored = try job.rows("""
                SELECT c.user_key, c.expected_purchases::text AS ce, c.probability_alive::text AS ca, (c.model_ltv * 100)::bigint::text AS cv,
                       c.churn_risk AS cr, h.expected_purchases::text AS he, h.probability_alive::text AS ha,
                       (h.model_ltv * 100)::bigint::text AS hv, h.churn_risk AS hr
                FROM customer_ltv c JOIN customer_ltv_history h USING (merchant_id, user_key)
                WHERE h.snapshot_date = '2026-01-01'
                """)
            #expect(stored.count == 120)
            #expect(Set(stored.keys) == Set(reference.keys))
            for (user, row) in stored {
                let expected = try #require(reference[user])
                let purchases = Double(row["ce"]!!)!, alive = Double(row["ca"]!!)!, value = Int64(row["cv"]!!)!
                #expect(abs(purchases / expected.purchases - 1) < 1e-5, "\(user)")
                #expect(abs(alive / expected.alive - 1) < 1e-5, "\(user)")
                #expect(abs(value - expected.cents) <= 1 + expected.cents / 100_000, "\(user)")
                if row["cr"]!! == "unknown" {
                    #expect(alive == 1, "\(user)")  // one-time buyers: P(alive) = 1 by the model's assumption
                } else {
                    #expect(row["cr"]!! == ChurnRisk(probabilityAlive: alive, repeatPurchases: 1).rawValue, "\(user)")
                }
                #expect([row["he"], row["ha"], row["hv"], row["hr"]] == [row["ce"], row["ca"], row["cv"], row["cr"]], "\(user)")
            }
            // c001 by hand: purchase days 2025-09-17, 2025-11-05 (x-repeat, delivered twice, once),
            // 2025-12-18: x = 2, one-time buyers are the only "unknown".
            #expect(stored["c001"]?["cr"] == "low")
            #expect(try job.count("SELECT count(*) FROM customer_ltv WHERE churn_risk = 'unknown'") == 43)  // 120 − 77 repeat buyers

            let model = try #require(try Self.modelJSON(job, merchant: "m-clv"))
            #expect(model["model"] as? String == "bgnbd")
            #expect(model["customers"] as? Int == 120 && model["repeat_buyers"] as? Int == 77)
            let bgnbd = try #require(model["bgnbd"] as? [String: Double])
            #expect(abs(bgnbd["r"]! / 0.7154640720975798 - 1) < 1e-5)
            #expect(abs(bgnbd["b"]! / 12.129601442730817 - 1) < 1e-5)
            let spend = try #require(model["gamma_gamma"] as? [String: Double])
            #expect(abs(spend["gamma_usd"]! / 79.13114270799184 - 1) < 1e-5)
            #expect(try job.connection.execute("SELECT settings->>'ltv_model' FROM rfm_runs ORDER BY id DESC LIMIT 1").scalar == "bgnbd")
            let summary = RunSummaryText.render(outcomes[0])
            #expect(summary.contains("  model               bgnbd on 120 customers (77 repeat buyers), fitted in "))
            #expect(summary.contains("  model outputs       avg model LTV $"))
        }
    }

    /// reference.py's nightly outputs as of 2026-01-01 over 365 days, undiscounted.
    static func referencePredictions() throws -> [String: (purchases: Double, alive: Double, cents: Int64)] {
        let file = TestPaths.tests.appending(path: "Fixtures/ltv/predictions-2026-01-01.csv")
        var rows: [String: (Double, Double, Int64)] = [:]
        for line in try String(contentsOf: file, encoding: .utf8).split(separator: "\n").dropFirst() {
            let field = line.split(separator: ",")
            rows[String(field[0])] = (Double(field[1])!, Double(field[2])!, Int64(field[3])!)
        }
        return rows
    }

    @Test func aDiscountRateLowersEveryModelLTV() throws {
        try TestDatabase.with { database in
            let job = try JobHarness(database, fixture: "ltv")
            try Self.run(database, "2026-01-01")
            let plain = try job.rows("SELECT user_key, model_ltv::text, expected_purchases::text FROM customer_ltv")
            try Self.run(database, "2026-01-01", rate: 0.1)
            let discounted = try job.rows("SELECT user_key, model_ltv::text, expected_purchases::text FROM customer_ltv")
            for (user, row) in plain {
                let before = Double(row["model_ltv"]!!)!, after = Double(discounted[user]!["model_ltv"]!!)!
                #expect(after < before || before == 0, "\(user)")
                // Half a year's purchases on average, at 10 %: a few percent less, never more than 10 %.
                #expect(after >= before / 1.1 - 0.01, "\(user)")
                #expect(discounted[user]!["expected_purchases"] == row["expected_purchases"])  // undiscounted either way
            }
            #expect(try Self.modelJSON(job, merchant: "m-clv")?["annual_discount_rate"] as? Double == 0.1)
            #expect(try job.connection.execute("SELECT settings->>'discount_rate' FROM rfm_runs ORDER BY id DESC LIMIT 1").scalar == "0.1")
        }
    }

    /// m-alpha: nobody seems to drop out (a runs to its bound); m-beta: four customers; m-gamma:
    /// no repeat buyer. The runs succeed with NULL model outputs, a warning and the reason stored.
    @Test func aFailedFitLeavesTheModelColumnsNullAndTheRunSucceeds() throws {
        try TestDatabase.with { database in
            let job = try JobHarness(database)
            let capture = LogCapture()
            let outcomes = try Self.run(database, "2026-03-01", logger: capture.logger)
            #expect(outcomes.allSatisfy { $0.succeeded && $0.wroteCurrent })
            let anyModel = Self.modelColumns.map { "\($0) IS NOT NULL" }.joined(separator: " OR ")
            #expect(try job.count("SELECT count(*) FROM customer_ltv WHERE \(anyModel)") == 0)
            #expect(try job.count("SELECT count(*) FROM customer_ltv_history WHERE \(anyModel)") == 0)
            for merchant in FixtureTests.merchants {
                #expect(try job.differencesFromReference(merchant, asOf: "2026-03-01") == [], "\(merchant)")
            }
            let gamma = try #require(try Self.modelJSON(job, merchant: "m-gamma"))
            #expect((gamma["bgnbd"] as? [String: String])?["error"] == "no repeat purchases")
            let alpha = try #require(try Self.modelJSON(job, merchant: "m-alpha"))
            #expect((alpha["bgnbd"] as? [String: String])?["error"] == "parameter at bound")
            let warnings = capture.all.filter { $0.level == .warning && $0.message.hasPrefix("model fit failed, model outputs left NULL") }
            #expect(warnings.compactMap { $0.metadata["merchant"]?.description }.sorted() == FixtureTests.merchants)
            #expect(RunSummaryText.render(outcomes[2]).contains(
                "  model               bgnbd not fitted (BG/NBD fit needs at least one customer with a repeat purchase); model columns left empty\n"
            ))
        }
    }

    @Test func backToTheSeedClearsTheModelColumnsAndADryRunWritesNothing() throws {
        try TestDatabase.with { database in
            let job = try JobHarness(database, fixture: "ltv")
            let dry = try Self.run(database, "2026-01-01", dryRun: true)
            #expect(dry.first?.model?.fit.failure == nil && dry.first?.model?.valuedCustomers == 120)
            #expect(try job.count("SELECT count(*) FROM rfm_runs") == 0)
            try Self.run(database, "2026-01-01")
            #expect(try job.count("SELECT count(*) FROM customer_ltv WHERE model_ltv IS NOT NULL") == 120)
            try Self.run(database, "2026-01-01", model: .seed)
            for table in ["customer_ltv", "customer_ltv_history"] {
                #expect(try job.count("SELECT count(*) FROM \(table) WHERE model_ltv IS NOT NULL OR churn_risk IS NOT NULL") == 0)
            }
        }
    }

    /// A merchant configured for the model fails its backfill (78) before reading; nothing written.
    @Test func backfillRefusesTheModel() throws {
        try TestDatabase.with { database in
            try database.load(.fixture("ltv"))
            var settings = ScoringSettings.default
            settings.ltvModel = .bgnbd
            let request = BackfillRequest(
                from: CivilDate(iso: "2026-01-01")!, to: CivilDate(iso: "2026-01-03")!, merchants: ["m-clv"], settings: settings
            )
            let outcomes = try BackfillJob(conninfo: database.url, logger: .quiet).run(request)
            let failure = try #require(outcomes.first?.failure)
            #expect(failure.category == .configuration)
            #expect(failure.message.contains("ltv_model bgnbd") && failure.message.contains("rfm-nightly run --as-of D"))
            let job = try JobHarness(database, fixture: nil)
            #expect(try job.count("SELECT count(*) FROM customer_ltv_history") == 0)
        }
    }

    /// The nightly run on CDNOW stores the parameters of the 39-week calibration.
    @Test func theNightlyRunOnCDNOWStoresTheCalibrationFit() throws {
        try TestDatabase.with { database in
            let job = try JobHarness(database, fixture: nil)
            try CDNOWEvents.load(into: database)
            let outcomes = try Self.run(database, "1997-10-01")
            #expect(outcomes.map(\.merchant) == ["cdnow"])
            let model = try #require(try Self.modelJSON(job, merchant: "cdnow"))
            let bgnbd = try #require(model["bgnbd"] as? [String: Double])
            for (name, reference) in [("r", 0.24174192009445553), ("alpha", 4.393843915849049), ("a", 0.8144798772544978), ("b", 2.4771667057862996)] {
                #expect(abs(bgnbd[name]! / reference - 1) < 1e-5, "\(name)")
            }
            #expect(try job.count("SELECT count(*) FROM customer_ltv WHERE model_ltv IS NOT NULL") == 2357)
            #expect(try job.count("SELECT count(*) FROM customer_ltv WHERE churn_risk = 'unknown'") == 2357 - 946)
        }
    }
}
