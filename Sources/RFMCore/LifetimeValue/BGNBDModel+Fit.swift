#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension BGNBDModel {
    /// Maximum-likelihood fit on one population's histories.
    ///
    /// Throws `noCustomers`, `noRepeatPurchases` (without a repeat purchase the likelihood
    /// grows without bound as α → ∞), `parameterAtBound` or `didNotConverge`; never returns an
    /// unconverged fit.
    public static func fit(_ histories: [PurchaseHistory]) throws -> BGNBDModel {
        try fit(histories, groupIdentical: true)
    }

    static func fit(_ histories: [PurchaseHistory], groupIdentical: Bool) throws -> BGNBDModel {
        guard !histories.isEmpty else { throw LTVModelError(.noCustomers, "BG/NBD fit needs at least one customer") }
        guard histories.contains(where: { $0.repeatPurchases > 0 }) else {
            throw LTVModelError(.noRepeatPurchases, "BG/NBD fit needs at least one customer with a repeat purchase")
        }
        let likelihood = BGNBDLikelihood(histories, groupIdentical: groupIdentical)
        // r = α = a = b = 1 first, as the `lifetimes` package does; the second start is a fallback.
        let (parameters, logLikelihood) = try LogParameterSearch.maximize(
            model: "BG/NBD", parameterNames: ["r", "alpha", "a", "b"],
            starts: [[0, 0, 0, 0], [log(0.5), log(10), log(0.5), log(5)]],
            customerCount: histories.count
        ) { logParameters in
            let θ = logParameters.map { exp($0) }
            return likelihood.evaluate(r: θ[0], alpha: θ[1], a: θ[2], b: θ[3])
        }
        return try BGNBDModel(
            r: parameters[0], alpha: parameters[1], a: parameters[2], b: parameters[3],
            logLikelihood: logLikelihood, customerCount: histories.count
        )
    }
}
