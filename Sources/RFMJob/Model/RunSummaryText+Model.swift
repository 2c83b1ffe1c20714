import RFMCore

extension RunSummaryText {
    /// The summary's lines about the model, label and value.
    static func modelLines(_ model: ModelRunSummary) -> [(String, String)] {
        let fit = model.fit
        guard case .success(let purchases) = fit.purchases else {
            return [("model", "\(model.model.rawValue) not fitted (\(fit.failure?.message ?? "unknown")); model columns left empty")]
        }
        var fitted = "BG/NBD r \(NumberText.fixed(purchases.r, 4)) · alpha \(NumberText.fixed(purchases.alpha, 4))"
            + " · a \(NumberText.fixed(purchases.a, 4)) · b \(NumberText.fixed(purchases.b, 4))"
        switch fit.spend {
        case .success(let spend):
            fitted += " · Gamma-Gamma p \(NumberText.fixed(spend.p, 4)) · q \(NumberText.fixed(spend.q, 4))"
                + " · gamma \(NumberText.fixed(LTVFitJSON.gammaUSD(spend), 4))"
        case .failure(let error):
            fitted += " · Gamma-Gamma not fitted (\(error.message)): model LTV left empty"
        }
        var lines = [
            ("model", "\(model.model.rawValue) on \(grouped(fit.customers)) customers (\(grouped(fit.repeatBuyers)) repeat buyers), fitted in \(seconds(model.fitDuration))"),
            ("model fit", fitted),
        ]
        var outputs = "churn risk " + ChurnRisk.allCases.map { "\($0.rawValue) \(grouped(model.churnCounts[$0] ?? 0))" }.joined(separator: " · ")
        if let average = model.averageLifetimeValueCents {
            outputs = "avg model LTV $\(Cents.formatGrouped(average)) · " + outputs
        }
        lines.append(("model outputs", outputs))
        if model.incompleteCustomers > 0 {
            lines.append(("model warnings", "\(grouped(model.incompleteCustomers)) customers without every output (see the log)"))
        }
        return lines
    }
}
