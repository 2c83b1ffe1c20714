import RFMCore

/// What the model did in one merchant's run: the fit, and how its outputs came out.
public struct ModelRunSummary: Sendable {
    public let model: LTVModel
    public let fit: LTVFit
    public let horizonDays: Int
    public let annualDiscountRate: Double
    /// Scored customers per churn-risk band; empty when the fit failed.
    public var churnCounts: [ChurnRisk: Int] = [:]
    public var valuedCustomers = 0
    public var totalLifetimeValueCents: Int64 = 0
    /// Scored customers missing an output the fit allows (see `LTVPredictor`).
    public var incompleteCustomers = 0
    public var fitDuration: Duration = .zero

    public init(model: LTVModel, fit: LTVFit, horizonDays: Int, annualDiscountRate: Double) {
        self.model = model
        self.fit = fit
        self.horizonDays = horizonDays
        self.annualDiscountRate = annualDiscountRate
    }

    /// Mean model LTV over the customers that have one, half away from zero; nil if none has.
    public var averageLifetimeValueCents: Int64? {
        valuedCustomers == 0 ? nil : Cents.average(totalLifetimeValueCents, over: valuedCustomers)
    }

    /// `rfm_runs.clv_model`.
    var ledgerJSON: JSONValue {
        .object([
            ("model", .string(model.rawValue)),
            ("horizon_days", .int(horizonDays)),
            ("annual_discount_rate", .double(annualDiscountRate)),
        ] + LTVFitJSON.members(fit) + [
            ("churn_risk", .object(ChurnRisk.allCases.map { ($0.rawValue, .int(churnCounts[$0] ?? 0)) })),
            ("incomplete_customers", .int(incompleteCustomers)),
            ("fit_ms", .int(Int(fitDuration.milliseconds))),
        ])
    }
}
