import RFMCore

/// What `rfm-nightly fit` prints: text for people, JSON (keys in a fixed order) for programs.
public enum ModelFitText {
    public static func render(_ report: ModelFitReport) -> String {
        let request = report.request, fit = report.fit
        var lines = ["merchant \(request.merchant) · purchases before \(request.asOf) · source \(report.sourceName)"]
        func line(_ label: String, _ value: String) { lines.append("  " + label.padding(toLength: 22) + value) }
        line("rows", RunSummaryText.rowsText(report.quality))
        line("customers", "\(RunSummaryText.grouped(fit.customers)) · \(RunSummaryText.grouped(fit.repeatBuyers)) repeat buyers · \(RunSummaryText.grouped(fit.distinctHistories)) distinct histories (x, t_x, T)")
        switch fit.purchases {
        case .success(let model):
            line("BG/NBD", "r \(NumberText.significant(model.r)) · alpha \(NumberText.significant(model.alpha)) · a \(NumberText.significant(model.a)) · b \(NumberText.significant(model.b))")
            line("  log-likelihood", NumberText.fixed(model.logLikelihood, 4))
            line("  reading", "\(NumberText.fixed(model.r / model.alpha, 4)) purchase days a week while alive (r/alpha) · \(NumberText.fixed(100 * model.a / (model.a + model.b), 1))% drop out after a purchase (a/(a+b))")
        case .failure(let error):
            line("BG/NBD", "not fitted: \(error.message)")
        }
        switch fit.spend {
        case .success(let model):
            line("Gamma-Gamma", "p \(NumberText.significant(model.p)) · q \(NumberText.significant(model.q)) · gamma \(NumberText.significant(LTVFitJSON.gammaUSD(model))) (USD) · on \(RunSummaryText.grouped(fit.spendCustomers)) customers")
            line("  log-likelihood", NumberText.fixed(LTVFitJSON.logLikelihoodUSD(model), 4) + " (spends in USD)")
            line("  reading", "mean spend per purchase day \(NumberText.dollars(cents: model.populationMeanSpend)) (p·gamma/(q−1))")
        case .failure(let error):
            line("Gamma-Gamma", "not fitted: \(error.message) (customers with repeat spend in the window: \(RunSummaryText.grouped(fit.spendCustomers)))")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    public static func json(_ report: ModelFitReport) -> String {
        let request = report.request
        return JSONValue.object([
            ("merchant", .string(request.merchant)),
            ("as_of", .string(request.asOf.description)),
            ("source", .string(report.sourceName)),
            ("rows_read", .int(report.quality.rowsRead)),
            ("rows_skipped", .int(report.quality.skippedTotal)),
        ] + LTVFitJSON.members(report.fit)).compactText + "\n"
    }
}
