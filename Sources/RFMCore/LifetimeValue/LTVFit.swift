#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Both models fitted on one merchant's calibration data, or why each could not be.
///
/// BG/NBD on every customer's (x, t_x, T); Gamma-Gamma on the customers with a repeat purchase
/// day in the window and spend (`LTVCalibration.Customer.spendHistory`), in USD cents. Without
/// a BG/NBD there is nothing to predict, so the Gamma-Gamma is then not attempted.
public struct LTVFit: Sendable {
    public let customers: Int
    public let repeatBuyers: Int
    public let distinctHistories: Int
    /// Customers the Gamma-Gamma was (or would have been) fitted on.
    public let spendCustomers: Int
    public let purchases: Result<BGNBDModel, LTVModelError>
    public let spend: Result<GammaGammaModel, LTVModelError>

    public init(
        customers: Int, repeatBuyers: Int, distinctHistories: Int, spendCustomers: Int,
        purchases: Result<BGNBDModel, LTVModelError>, spend: Result<GammaGammaModel, LTVModelError>
    ) {
        self.customers = customers
        self.repeatBuyers = repeatBuyers
        self.distinctHistories = distinctHistories
        self.spendCustomers = spendCustomers
        self.purchases = purchases
        self.spend = spend
    }

    public static func fit(_ calibration: LTVCalibration) -> LTVFit {
        let histories = calibration.customers.map(\.history)
        let spendHistories = calibration.customers.compactMap(\.spendHistory)
        let purchases = Result { try BGNBDModel.fit(histories) }.mapError(Self.modelError)
        let spend: Result<GammaGammaModel, LTVModelError>
        if case .failure(let failure) = purchases {
            spend = .failure(LTVModelError(failure.reason, "not attempted, the BG/NBD fit failed"))
        } else {
            spend = Result { try fitSpend(spendHistories) }.mapError(Self.modelError)
        }
        return LTVFit(
            customers: histories.count, repeatBuyers: calibration.repeatBuyers,
            distinctHistories: calibration.distinctHistories, spendCustomers: spendHistories.count,
            purchases: purchases, spend: spend
        )
    }

    /// The Gamma-Gamma in cents, searched in units of the customers' mean spend. The search box
    /// [1e-6, 1e6] is in the data's unit and γ scales with it: in cents, a merchant whose
    /// orders run to a few hundred dollars would put γ near the box's edge and have the fit
    /// refused. The model is equivariant (spend × s gives γ × s, the same p and q, and a
    /// log-likelihood lower by n ln s), so the fit is rescaled to cents exactly.
    static func fitSpend(_ histories: [SpendHistory]) throws -> GammaGammaModel {
        guard !histories.isEmpty else { return try GammaGammaModel.fit(histories) }
        let scale = histories.reduce(0) { $0 + $1.meanSpend } / Double(histories.count)
        let fitted = try GammaGammaModel.fit(histories.map {
            try SpendHistory(repeatPurchases: $0.repeatPurchases, meanSpend: $0.meanSpend / scale)
        })
        return try GammaGammaModel(
            p: fitted.p, q: fitted.q, gamma: fitted.gamma * scale,
            logLikelihood: fitted.logLikelihood - Double(histories.count) * log(scale), customerCount: histories.count
        )
    }

    /// The first failure, BG/NBD first; nil when both models fitted.
    public var failure: LTVModelError? {
        if case .failure(let error) = purchases { return error }
        if case .failure(let error) = spend { return error }
        return nil
    }

    private static func modelError(_ error: any Error) -> LTVModelError {
        error as? LTVModelError ?? LTVModelError(.numericalFailure, "model fit failed: \(error)")
    }
}
