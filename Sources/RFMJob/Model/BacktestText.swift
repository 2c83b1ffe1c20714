import RFMCore

/// What `rfm-nightly backtest` prints: the same for the same data, whenever it runs.
public enum BacktestText {
    static let methods = ["seed heuristic", "BG/NBD + Gamma-Gamma"]

    public static func render(_ report: BacktestReport) -> String {
        let request = report.request, backtest = report.backtest
        let scores = [backtest.seed, backtest.model]
        var lines = [
            "merchant \(request.merchant) · calibration: purchases before \(request.calibrationEnd)"
                + " · holdout: \(request.calibrationEnd) … \(request.holdoutEnd.adding(days: -1)) (\(request.holdoutDays) days)",
        ]
        func line(_ label: String, _ value: String) { lines.append("  " + label.padding(toLength: 22) + value) }
        line("rows", "calibration " + RunSummaryText.rowsText(report.calibrationQuality))
        line("", "holdout " + RunSummaryText.rowsText(report.holdoutQuality))
        line("customers", "\(RunSummaryText.grouped(backtest.seed.customers)) with a purchase before \(request.calibrationEnd)"
            + " · \(RunSummaryText.grouped(backtest.newInHoldout)) new in the holdout (not predicted, not counted)")
        if case .success(let purchases) = backtest.fit.purchases, case .success(let spend) = backtest.fit.spend {
            line("fitted", "BG/NBD r \(NumberText.fixed(purchases.r, 4)) · alpha \(NumberText.fixed(purchases.alpha, 4)) · a \(NumberText.fixed(purchases.a, 4)) · b \(NumberText.fixed(purchases.b, 4))")
            line("", "Gamma-Gamma p \(NumberText.fixed(spend.p, 4)) · q \(NumberText.fixed(spend.q, 4)) · gamma \(NumberText.fixed(LTVFitJSON.gammaUSD(spend), 4)) (USD)")
        }
        line("holdout actual", "\(RunSummaryText.grouped(backtest.seed.actualPurchases)) purchase days · \(NumberText.dollars(cents: Double(backtest.seed.actualSpendCents)))")
        lines.append("")
        lines += NumberText.table([
            ["per customer", methods[0], methods[1]],
            ["spend MAE"] + scores.map { NumberText.dollars(cents: $0.spendMAECents) },
            ["spend RMSE"] + scores.map { NumberText.dollars(cents: $0.spendRMSECents) },
            ["purchases MAE"] + scores.map { NumberText.fixed($0.purchasesMAE, 3) },
            ["purchases RMSE"] + scores.map { NumberText.fixed($0.purchasesRMSE, 3) },
            ["total spend"] + scores.map { "\(NumberText.dollars(cents: $0.predictedSpendCents)) (\(NumberText.percent($0.spendErrorPercent)))" },
            ["total purchases"] + scores.map { "\(NumberText.fixed($0.predictedPurchases, 1)) (\(NumberText.percent($0.purchasesErrorPercent)))" },
        ])
        lines.append("  (totals: predicted, and its error against the actual \(NumberText.dollars(cents: Double(backtest.seed.actualSpendCents))) and \(RunSummaryText.grouped(backtest.seed.actualPurchases)) purchase days)")
        for (method, score) in zip(methods, scores) {
            lines.append("")
            lines.append("  decile calibration, \(method) (customers ranked by predicted spend, 1 = highest)")
            lines += NumberText.table(
                [["decile", "customers", "predicted spend", "actual spend", "predicted purchases", "actual purchases"]]
                    + score.deciles.map { decile in
                        [
                            String(decile.number), RunSummaryText.grouped(decile.customers),
                            NumberText.dollars(cents: decile.meanPredictedSpendCents), NumberText.dollars(cents: decile.meanActualSpendCents),
                            NumberText.fixed(decile.meanPredictedPurchases, 3), NumberText.fixed(decile.meanActualPurchases, 3),
                        ]
                    },
                indent: "    ", rightAligned: [0, 1, 2, 3, 4, 5]
            )
        }
        return lines.joined(separator: "\n") + "\n"
    }

    public static func json(_ report: BacktestReport) -> String {
        let request = report.request, backtest = report.backtest
        func score(_ score: BacktestScore) -> JSONValue {
            .object([
                ("spend_mae_usd", .double(score.spendMAECents / 100)),
                ("spend_rmse_usd", .double(score.spendRMSECents / 100)),
                ("purchases_mae", .double(score.purchasesMAE)),
                ("purchases_rmse", .double(score.purchasesRMSE)),
                ("predicted_spend_usd", .double(score.predictedSpendCents / 100)),
                ("predicted_purchases", .double(score.predictedPurchases)),
                ("deciles", .array(score.deciles.map { decile in
                    .object([
                        ("decile", .int(decile.number)), ("customers", .int(decile.customers)),
                        ("mean_predicted_spend_usd", .double(decile.meanPredictedSpendCents / 100)),
                        ("mean_actual_spend_usd", .double(decile.meanActualSpendCents / 100)),
                        ("mean_predicted_purchases", .double(decile.meanPredictedPurchases)),
                        ("mean_actual_purchases", .double(decile.meanActualPurchases)),
                    ])
                })),
            ])
        }
        return JSONValue.object([
            ("merchant", .string(request.merchant)),
            ("calibration_end", .string(request.calibrationEnd.description)),
            ("holdout_days", .int(request.holdoutDays)),
            ("source", .string(report.sourceName)),
            ("customers", .int(backtest.seed.customers)),
            ("new_in_holdout", .int(backtest.newInHoldout)),
            ("actual_purchases", .int(backtest.seed.actualPurchases)),
            ("actual_spend_usd", .double(Double(backtest.seed.actualSpendCents) / 100)),
            ("fit", .object(LTVFitJSON.members(backtest.fit))),
            ("seed", score(backtest.seed)),
            ("bgnbd", score(backtest.model)),
        ]).compactText + "\n"
    }
}
