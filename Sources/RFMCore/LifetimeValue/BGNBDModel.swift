#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The beta-geometric/NBD model of repeat purchasing (Fader, Hardie & Lee 2005, "Counting Your
/// Customers the Easy Way"). While alive, a customer buys as a Poisson process with rate λ;
/// after each purchase she drops out for good with probability p. Across customers
/// λ ~ Gamma(shape r, rate α) and p ~ Beta(a, b). Time is in weeks.
public struct BGNBDModel: Sendable, Equatable {
    /// Shape of the purchase-rate distribution; mean rate r/α purchases a week.
    public let r: Double
    /// Rate (inverse scale, in weeks) of the purchase-rate distribution.
    public let alpha: Double
    /// With b: dropout probability after a purchase ~ Beta(a, b), mean a/(a + b).
    public let a: Double
    public let b: Double
    /// Log-likelihood at these parameters over the data they were fitted on.
    public let logLikelihood: Double
    /// Customers the parameters were fitted on.
    public let customerCount: Int

    /// For parameters stored from an earlier fit. Throws `invalidArgument` unless all four are
    /// finite and positive.
    public init(r: Double, alpha: Double, a: Double, b: Double, logLikelihood: Double, customerCount: Int) throws {
        guard [r, alpha, a, b].allSatisfy({ $0.isFinite && $0 > 0 }) else {
            throw LTVModelError(.invalidArgument, "BG/NBD parameters must be finite and positive")
        }
        (self.r, self.alpha, self.a, self.b) = (r, alpha, a, b)
        self.logLikelihood = logLikelihood
        self.customerCount = customerCount
    }

    /// P(alive | x, t_x, T) = 1 / (1 + [x > 0] · a/(b + x − 1) · ((α + T)/(α + t_x))^(r + x))
    /// (one over the denominator of eq. 10 below). 1 for a customer who never came back: the
    /// model lets a customer drop out only right after a purchase.
    public func probabilityAlive(_ history: PurchaseHistory) -> Double {
        guard history.repeatPurchases > 0 else { return 1 }
        let x = Double(history.repeatPurchases)
        // ln((α + T)/(α + t_x)) through log1p: exact for T close to t_x.
        let logAgeRatio = log1p((history.ageWeeks - history.lastPurchaseWeek) / (alpha + history.lastPurchaseWeek))
        let logOdds = log(a) - log(b + x - 1) + (r + x) * logAgeRatio
        return 1 / (1 + exp(logOdds))
    }

    /// E[Y(t) | x, t_x, T]: expected purchases in the next `weeks` (FHL 2005, eq. 10),
    ///
    ///     (a + b + x − 1)/(a − 1) · [1 − ((α+T)/(α+T+t))^(r+x) ₂F₁(r+x, b+x; a+b+x−1; z)] · P(alive),
    ///     z = t/(α + T + t).
    ///
    /// Evaluated after Euler's transformation ₂F₁(A′, B′; C; z) = (1−z)^(C−A′−B′) ₂F₁(C−A′, C−B′; C; z),
    /// which turns the bracket into (1 − e^(βL) ₂F₁(A, β; C; z)) / β with β = a − 1,
    /// A = a + b − 1 − r, C = a + b + x − 1 and L = ln(1 − z). Untransformed, (1−z)^(r+x)
    /// underflows and ₂F₁ overflows for heavy buyers and long horizons; transformed, the first
    /// series parameter no longer grows with x, and the form stays finite at a = 1. Throws
    /// `numericalFailure` if the series does not converge (see `GaussHypergeometric`).
    public func expectedPurchases(_ history: PurchaseHistory, nextWeeks weeks: Double) throws -> Double {
        guard weeks.isFinite, weeks >= 0 else {
            throw LTVModelError(.invalidArgument, "the horizon must be finite and not negative")
        }
        guard weeks > 0 else { return 0 }
        let x = Double(history.repeatPurchases)
        let ageAndAlpha = alpha + history.ageWeeks
        let z = weeks / (ageAndAlpha + weeks)
        let logSurvival = -log1p(weeks / ageAndAlpha)  // L = ln(1 − z)
        let beta = a - 1
        let upper = a + b - 1 - r
        let lower = a + b + x - 1
        guard let excess = GaussHypergeometric.excessOverB(a: upper, b: beta, c: lower, z: z) else {
            throw LTVModelError(.numericalFailure, "the BG/NBD expectation's hypergeometric series did not converge")
        }
        // (1 − e^(βL)) / β, which tends to −L as β → 0.
        let growth = beta == 0 ? -logSurvival : -expm1(beta * logSurvival) / beta
        let expected = lower * (growth - exp(beta * logSurvival) * excess) * probabilityAlive(history)
        guard expected.isFinite else {
            throw LTVModelError(.numericalFailure, "the BG/NBD expectation is not finite")
        }
        return max(expected, 0)
    }

    /// E[X(t)]: expected repeat purchases in a new customer's first `weeks` (FHL 2005, eq. 9).
    /// It is eq. 10 for x = t_x = T = 0, which is how it is computed.
    public func expectedRepeatPurchases(firstWeeks weeks: Double) throws -> Double {
        try expectedPurchases(PurchaseHistory(repeatPurchases: 0, lastPurchaseWeek: 0, ageWeeks: 0), nextWeeks: weeks)
    }
}
