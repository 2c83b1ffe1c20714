#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The Gamma-Gamma model of spend per transaction (Fader, Hardie & Lee 2005, "RFM and LTV:
/// Using Iso-value Curves for Customer Base Analysis"). A customer's transaction values are
/// Gamma(p, ν) with mean p/ν; across customers ν ~ Gamma(q, γ). Spend is assumed independent
/// of how often a customer buys. Amounts are in the unit the model was fitted in.
public struct GammaGammaModel: Sendable, Equatable {
    /// Shape of one customer's transaction values: larger p, steadier spend.
    public let p: Double
    /// With gamma: the spread of customers' spending levels ν ~ Gamma(q, γ).
    public let q: Double
    /// In the spend unit: the population's mean spend per transaction is pγ/(q − 1).
    public let gamma: Double
    public let logLikelihood: Double
    public let customerCount: Int

    /// For parameters stored from an earlier fit. Throws `invalidArgument` unless all three are
    /// finite and positive.
    public init(p: Double, q: Double, gamma: Double, logLikelihood: Double, customerCount: Int) throws {
        guard [p, q, gamma].allSatisfy({ $0.isFinite && $0 > 0 }) else {
            throw LTVModelError(.invalidArgument, "Gamma-Gamma parameters must be finite and positive")
        }
        (self.p, self.q, self.gamma) = (p, q, gamma)
        self.logLikelihood = logLikelihood
        self.customerCount = customerCount
    }

    /// Maximum-likelihood fit on repeat buyers (x ≥ 1, as `SpendHistory` enforces). Throws
    /// `noCustomers`, `parameterAtBound` or `didNotConverge`; never returns an unconverged fit.
    public static func fit(_ histories: [SpendHistory]) throws -> GammaGammaModel {
        guard !histories.isEmpty else { throw LTVModelError(.noCustomers, "Gamma-Gamma fit needs at least one repeat buyer") }
        let likelihood = GammaGammaLikelihood(histories)
        let (parameters, logLikelihood) = try LogParameterSearch.maximize(
            model: "Gamma-Gamma", parameterNames: ["p", "q", "gamma"],
            starts: [[0, 0, 0], [log(5), log(5), log(10)]],
            customerCount: histories.count
        ) { logParameters in
            let θ = logParameters.map { exp($0) }
            return likelihood.evaluate(p: θ[0], q: θ[1], gamma: θ[2])
        }
        return try GammaGammaModel(
            p: parameters[0], q: parameters[1], gamma: parameters[2],
            logLikelihood: logLikelihood, customerCount: histories.count
        )
    }

    /// E[M | x, m_x] = (γ + x m_x) p / (px + q − 1): the customer's own mean spend shrunk towards
    /// the population mean, the more so the fewer transactions it rests on.
    /// Infinite if px + q ≤ 1, where the posterior spend has no mean.
    public func expectedAverageSpend(_ history: SpendHistory) -> Double {
        let x = Double(history.repeatPurchases)
        let denominator = p * x + q - 1
        return denominator > 0 ? (gamma + x * history.meanSpend) * p / denominator : .infinity
    }

    /// pγ/(q − 1): the expected spend per transaction of a customer with no repeat purchase yet.
    /// Infinite when q ≤ 1, where the fitted spend distribution has no mean.
    public var populationMeanSpend: Double {
        q > 1 ? p * gamma / (q - 1) : .infinity
    }
}
