import Foundation
import RFMJob
import Testing

/// `fit`, `backtest` and `run --ltv-model` as an operator runs them: the built binary, its
/// output and its exit codes. Every figure below was checked against
/// Tests/Fixtures/ltv/reference.py (scipy, written apart from the Swift code): the fitted
/// parameters agree to about 1e-7 relative, so six significant digits are printed; the
/// error measures, totals and deciles agree to every printed digit.
@Suite(.enabled(if: TestDatabase.isAvailable)) struct ModelCommandTests {
    @Test func fitOnCDNOWPrintsTheCalibrationParameters() throws {
        try TestDatabase.with { database in
            try CDNOWEvents.load(into: database)
            let text = try BinaryRunner.run(["fit", "--merchant", "cdnow", "--as-of", "1997-10-01", "--database-url", database.url])
            #expect(text.status == 0, "\(text.stderr)")
            #expect(text.stdout == """
                merchant cdnow · purchases before 1997-10-01 · source purchase_events
                  rows                  4,960 read · none skipped · 1,959 after the cutoff, ignored
                  customers             2,357 · 946 repeat buyers · 1,016 distinct histories (x, t_x, T)
                  BG/NBD                r 0.241742 · alpha 4.39384 · a 0.814480 · b 2.47717
                    log-likelihood      -9,589.8896
                    reading             0.0550 purchase days a week while alive (r/alpha) · 24.7% drop out after a purchase (a/(a+b))
                  Gamma-Gamma           p 6.24957 · q 3.74422 · gamma 15.4435 (USD) · on 946 customers
                    log-likelihood      -4,055.9177 (spends in USD)
                    reading             mean spend per purchase day $35.17 (p·gamma/(q−1))

                """)

            let json = try BinaryRunner.run(["fit", "--merchant", "cdnow", "--as-of", "1997-10-01", "--format", "json", "--database-url", database.url])
            #expect(json.status == 0)
            #expect(json.stdout.hasPrefix(#"{"merchant":"cdnow","as_of":"1997-10-01","source":"purchase_events","rows_read":4960,"rows_skipped":0,"customers":2357,"repeat_buyers":946,"distinct_histories":1016,"bgnbd":{"r":"#))
            #expect(json.stdout.hasSuffix("}\n") && json.stdout.split(separator: "\n").count == 1)
            let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
            let bgnbd = try #require(object["bgnbd"] as? [String: Double])
            let spend = try #require(object["gamma_gamma"] as? [String: Double])
            for (value, reference) in [
                (bgnbd["r"]!, 0.24174192009445553), (bgnbd["alpha"]!, 4.393843915849049), (bgnbd["a"]!, 0.8144798772544978),
                (bgnbd["b"]!, 2.4771667057862996), (spend["p"]!, 6.24957155095984), (spend["q"]!, 3.7442242637937784),
                (spend["gamma_usd"]!, 15.443520415722308),
            ] {
                #expect(abs(value / reference - 1) < 1e-5)
            }
            #expect(abs(bgnbd["log_likelihood"]! - -9589.889567830574) < 1e-6)
            #expect(abs(spend["log_likelihood_usd"]! - -4055.9176948018694) < 1e-6)
        }
    }

    @Test func fitAndBacktestOnTheSmallFixture() throws {
        try TestDatabase.with { database in
            try database.load(.fixture("ltv"))
            let fit = try BinaryRunner.run(["fit", "--merchant", "m-clv", "--as-of", "2026-01-01", "--database-url", database.url])
            #expect(fit.status == 0, "\(fit.stderr)")
            #expect(fit.stdout == """
                merchant m-clv · purchases before 2026-01-01 · source purchase_events
                  rows                  378 read · 3 skipped (conflicting_duplicate 2, negative_amount 1) · 1 repeated event ids ignored · 113 after the cutoff, ignored
                  customers             120 · 77 repeat buyers · 112 distinct histories (x, t_x, T)
                  BG/NBD                r 0.715464 · alpha 7.94651 · a 2.59615 · b 12.1296
                    log-likelihood      -829.0310
                    reading             0.0900 purchase days a week while alive (r/alpha) · 17.6% drop out after a purchase (a/(a+b))
                  Gamma-Gamma           p 3.33365 · q 3.24160 · gamma 79.1311 (USD) · on 77 customers
                    log-likelihood      -428.4310 (spends in USD)
                    reading             mean spend per purchase day $117.68 (p·gamma/(q−1))

                """)

            let backtest = try BinaryRunner.run([
                "backtest", "--merchant", "m-clv", "--calibration-end", "2026-01-01", "--holdout-days", "181", "--database-url", database.url,
            ])
            #expect(backtest.status == 0, "\(backtest.stderr)")
            #expect(backtest.stdout == """
                merchant m-clv · calibration: purchases before 2026-01-01 · holdout: 2026-01-01 … 2026-06-30 (181 days)
                  rows                  calibration 378 read · 3 skipped (conflicting_duplicate 2, negative_amount 1) · 1 repeated event ids ignored
                                        holdout 113 read · none skipped
                  customers             120 with a purchase before 2026-01-01 · 1 new in the holdout (not predicted, not counted)
                  fitted                BG/NBD r 0.7155 · alpha 7.9465 · a 2.5961 · b 12.1296
                                        Gamma-Gamma p 3.3336 · q 3.2416 · gamma 79.1311 (USD)
                  holdout actual        103 purchase days · $13,226.68

                  per customer     seed heuristic       BG/NBD + Gamma-Gamma
                  spend MAE        $137.96              $121.34
                  spend RMSE       $260.90              $246.26
                  purchases MAE    1.091                0.962
                  purchases RMSE   1.624                1.479
                  total spend      $15,276.91 (+15.5%)  $11,687.63 (-11.6%)
                  total purchases  130.2 (+26.4%)       103.8 (+0.8%)
                  (totals: predicted, and its error against the actual $13,226.68 and 103 purchase days)

                  decile calibration, seed heuristic (customers ranked by predicted spend, 1 = highest)
                    decile  customers  predicted spend  actual spend  predicted purchases  actual purchases
                         1         12          $562.15       $301.39                2.911             1.750
                         2         12          $237.66       $400.11                1.638             1.917
                         3         12          $149.41       $125.06                1.657             1.667
                         4         12           $93.66        $35.76                0.894             0.417
                         5         12           $69.31        $40.74                1.111             0.583
                         6         12           $58.22        $28.00                0.740             0.333
                         7         12           $47.59        $56.08                0.668             0.750
                         8         12           $30.48        $51.24                0.489             0.500
                         9         12           $18.36        $36.87                0.447             0.417
                        10         12            $6.24        $26.98                0.298             0.250

                  decile calibration, BG/NBD + Gamma-Gamma (customers ranked by predicted spend, 1 = highest)
                    decile  customers  predicted spend  actual spend  predicted purchases  actual purchases
                         1         12          $373.07       $452.12                2.636             2.583
                         2         12          $156.61       $288.57                1.304             2.417
                         3         12           $99.10        $22.57                1.183             0.333
                         4         12           $80.58       $131.70                0.744             0.917
                         5         12           $68.99        $62.22                0.663             0.750
                         6         12           $59.98        $65.01                0.610             0.667
                         7         12           $50.03        $32.72                0.526             0.333
                         8         12           $40.76        $33.32                0.407             0.333
                         9         12           $31.05        $13.97                0.423             0.167
                        10         12           $13.81         $0.00                0.151             0.083

                """)
        }
    }

    @Test func runWithTheModelPrintsItsLinesAndJSONKeepsItsKeyOrder() throws {
        try TestDatabase.with { database in
            try database.load(.fixture("ltv"))
            let run = try BinaryRunner.run([
                "run", "--as-of", "2026-01-01", "--ltv-model", "bgnbd", "--discount-rate", "0.1", "--summary", "merchants", "--database-url", database.url,
            ])
            #expect(run.status == 0, "\(run.stderr)")
            #expect(run.stdout.contains("\n  model               bgnbd on 120 customers (77 repeat buyers), fitted in "))
            #expect(run.stdout.contains("\n  model fit           BG/NBD r 0.7155 · alpha 7.9465 · a 2.5961 · b 12.1296 · Gamma-Gamma p 3.3336 · q 3.2416 · gamma 79.1311\n"))
            #expect(run.stdout.contains(" · churn risk low "))
            #expect(run.stdout.hasSuffix("1 of 1 merchants scored for 2026-01-01\n"))
            let connection = try database.connect()
            #expect(try connection.execute("SELECT count(*) FROM customer_ltv WHERE model_ltv IS NOT NULL").scalar == "120")

            let backtest = try BinaryRunner.run([
                "backtest", "--merchant", "m-clv", "--calibration-end", "2026-01-01", "--holdout-days", "181", "--format", "json",
                "--database-url", database.url,
            ])
            #expect(backtest.status == 0)
            #expect(backtest.stdout.hasPrefix(#"{"merchant":"m-clv","calibration_end":"2026-01-01","holdout_days":181,"source":"purchase_events","customers":120,"new_in_holdout":1,"actual_purchases":103,"actual_spend_usd":13226.68,"fit":{"customers":120,"#))
            let object = try #require(try JSONSerialization.jsonObject(with: Data(backtest.stdout.utf8)) as? [String: Any])
            let seed = try #require(object["seed"] as? [String: Any])
            #expect(abs((seed["spend_mae_usd"] as! Double) - 137.96058333333332) < 1e-9)
            #expect((seed["deciles"] as? [Any])?.count == 10)
        }
    }

    /// `customer` shows the model's columns as the run stored them (rounded by the server), in
    /// every form; without the model there is no model section.
    @Test func theCustomerDrillDownShowsTheModelsPredictions() throws {
        try TestDatabase.with { database in
            try database.load(.fixture("ltv"))
            let connection = try database.connect()
            #expect(try BinaryRunner.run(["run", "--as-of", "2026-01-01", "--ltv-model", "bgnbd", "--database-url", database.url]).status == 0)
            let key = try #require(try connection.execute(
                "SELECT user_key FROM customer_ltv WHERE churn_risk <> 'unknown' AND model_ltv IS NOT NULL ORDER BY model_ltv DESC, user_key LIMIT 1").scalar)
            func customer(_ format: String) throws -> BinaryRunner.Result {
                try BinaryRunner.run(["customer", key, "--merchant", "m-clv", "--format", format, "--database-url", database.url])
            }
            let stored = try connection.execute("""
                SELECT round(expected_purchases::numeric, 2)::text, round(probability_alive::numeric, 3)::text, model_ltv::text, churn_risk
                FROM customer_ltv WHERE user_key = $1
                """, [key]).rows[0].map { $0! }
            let json = try customer("json")
            #expect(json.status == 0, "\(json.stderr)")
            let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
            let model = try #require((object["current"] as? [String: Any])?["model"] as? [String: Any])
            #expect(model["horizon_days"] as? Int == 365)
            #expect((model["expected_purchases"] as? NSNumber)?.stringValue == stored[0])
            #expect((model["probability_alive"] as? NSNumber)?.stringValue == stored[1])
            #expect(json.stdout.contains("\"model_ltv\": \(stored[2]),"))
            #expect(model["churn_risk"] as? String == stored[3])
            #expect(json.stdout.contains("\"expected_purchases\": \(stored[0]),"))  // the digits as stored
            let text = try customer("text")
            #expect(text.stdout.contains("  model (BG/NBD)      \(stored[0]) purchases expected in 365 days · P(alive) \(stored[1]) · churn risk \(stored[3])\n"), "\(text.stdout)")

            #expect(try BinaryRunner.run(["run", "--as-of", "2026-01-01", "--database-url", database.url]).status == 0)
            #expect(try customer("json").stdout.contains(#""model": null"#))
            #expect(!(try customer("text").stdout.contains("model (BG/NBD)")))
        }
    }

    /// `ltv_model` in the file turns the model on for that merchant only; the fingerprint of the
    /// other merchant stays the seed's; the command line switches it off again.
    @Test func theConfigurationFileChoosesTheModelPerMerchant() throws {
        try TestDatabase.with { database in
            try database.load(.fixture("ltv"))
            try database.load(.fixture("events"))
            let yaml = "merchants:\n  m-clv:\n    ltv_model: bgnbd\n    discount_rate: 0.05\n"
            try ConfigurationCommandTests.withFile(yaml) { path in
                let run = try BinaryRunner.run([
                    "run", "--as-of", "2026-01-01", "--merchant", "m-clv", "--merchant", "m-alpha", "--config", path,
                    "--summary", "merchants", "--database-url", database.url,
                ])
                #expect(run.status == 0, "\(run.stderr)")
                #expect(run.stdout.contains("\n  model fit           BG/NBD r 0.7155 · alpha 7.9465 · a 2.5961 · b 12.1296 · "))
                let connection = try database.connect()
                #expect(try connection.execute("SELECT count(*) FROM customer_ltv WHERE merchant_id = 'm-clv' AND model_ltv IS NOT NULL").scalar == "120")
                #expect(try connection.execute("SELECT count(*) FROM customer_ltv WHERE merchant_id = 'm-alpha' AND churn_risk IS NOT NULL").scalar == "0")
                #expect(try connection.execute("SELECT settings->>'discount_rate' FROM rfm_runs WHERE merchant_id = 'm-clv'").scalar == "0.05")
                #expect(try connection.execute("SELECT settings ? 'ltv_model' FROM rfm_runs WHERE merchant_id = 'm-alpha'").scalar == "f")

                let off = try BinaryRunner.run([
                    "run", "--as-of", "2026-01-01", "--merchant", "m-clv", "--config", path, "--ltv-model", "seed", "--database-url", database.url,
                ])
                #expect(off.status == 0, "\(off.stderr)")
                #expect(!off.stdout.contains("model fit"))
                #expect(try connection.execute("SELECT count(*) FROM customer_ltv WHERE merchant_id = 'm-clv' AND model_ltv IS NOT NULL").scalar == "0")

                let backfill = try BinaryRunner.run([
                    "backfill", "--from", "2025-12-30", "--to", "2025-12-31", "--merchant", "m-clv", "--config", path, "--database-url", database.url,
                ])
                #expect(backfill.status == 78)
                #expect(backfill.stderr.contains("ltv_model bgnbd"))
            }
        }
    }

    @Test func aMerchantTheModelsCannotFitExits65() throws {
        try TestDatabase.with { database in
            try database.load(.fixture("events"))
            let fit = try BinaryRunner.run(["fit", "--merchant", "m-gamma", "--as-of", "2026-03-01", "--database-url", database.url])
            #expect(fit.status == 65)
            #expect(fit.stdout.contains("  BG/NBD                not fitted: BG/NBD fit needs at least one customer with a repeat purchase\n"))
            #expect(fit.messages == ["rfm-nightly: merchant m-gamma: cannot fit the model: BG/NBD fit needs at least one customer with a repeat purchase"])

            let unknown = try BinaryRunner.run(["fit", "--merchant", "nobody", "--as-of", "2026-03-01", "--format", "json", "--database-url", database.url])
            #expect(unknown.status == 65)
            #expect(unknown.stdout.contains(#""bgnbd":{"error":"no customers","message":"BG/NBD fit needs at least one customer"}"#))

            let backtest = try BinaryRunner.run([
                "backtest", "--merchant", "m-alpha", "--calibration-end", "2026-01-01", "--holdout-days", "59", "--database-url", database.url,
            ])
            #expect(backtest.status == 65)
            #expect(backtest.stdout.isEmpty)
            #expect(backtest.messages == ["rfm-nightly: merchant m-alpha: cannot backtest: BG/NBD fit ran a to 1.0e-6, the edge of [1e-6, 1e6]: the data do not identify it"])

            // The nightly run does not fail for it: NULL model outputs, exit 0.
            let run = try BinaryRunner.run(["run", "--as-of", "2026-03-01", "--ltv-model", "bgnbd", "--summary", "merchants", "--database-url", database.url])
            #expect(run.status == 0, "\(run.stderr)")
            #expect(run.stdout.contains("  model               bgnbd not fitted (BG/NBD fit needs at least one customer with a repeat purchase); model columns left empty\n"))
            #expect(run.stderr.contains(#""level":"warning","msg":"model fit failed, model outputs left NULL: "#))
        }
    }

    @Test(arguments: [
        (["run", "--ltv-model", "pareto"], "'pareto' is invalid for '--ltv-model"),
        (["run", "--discount-rate", "10%"], "--discount-rate must be a decimal from 0 to 1 with at most 4 places (0.1 is 10 % a year), not 10%"),
        (["run", "--ltv-model", "bgnbd", "--discount-rate", "1.5"], "--discount-rate must be a decimal from 0 to 1"),
        (["backfill", "--from", "2026-01-01", "--to", "2026-01-02", "--ltv-model", "bgnbd"], "--ltv-model"),
        (["fit", "--as-of", "2026-01-01"], "--merchant"),
        (["fit", "--merchant", "m", "--format", "yaml"], "'yaml' is invalid for '--format"),
        (["backtest", "--merchant", "m", "--calibration-end", "2026-01-01", "--holdout-days", "0"], "--holdout-days must be between 1 and 3660"),
        (["backtest", "--merchant", "m", "--calibration-end", "2099-01-01", "--holdout-days", "30"], "has not ended yet"),
    ])
    func aBadModelOptionExits64(arguments: [String], mentioned: String) throws {
        let result = try BinaryRunner.run(arguments)
        #expect(result.status == 64)
        #expect(result.stderr.contains(mentioned), "\(result.stderr)")
    }

    @Test func fitNeedsTheMigratedSchema() throws {
        try TestDatabase.with(migrated: false) { database in
            let result = try BinaryRunner.run(["fit", "--merchant", "m", "--as-of", "2026-01-01", "--database-url", database.url])
            #expect(result.status == 78)
            #expect(result.messages.first?.contains("run `rfm-nightly migrate` first") == true)
        }
    }
}
