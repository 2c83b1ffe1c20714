#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The Gamma-Gamma log-likelihood of repeat buyers' mean spends, as the `lifetimes` package
/// writes it (Fader, Hardie & Lee 2005, "RFM and CLV"): given x and
/// ν ~ Gamma(q, γ), the mean m_x of x Gamma(p, ν) spends has density
///
///     ℓ = ln Γ(px + q) − ln Γ(px) − ln Γ(q) + q ln γ + (px − 1) ln m_x + px ln x − (px + q) ln(x m_x + γ)
///
/// The gamma-function terms depend on x only and are computed once per distinct x.
struct GammaGammaLikelihood {
    /// Customers sharing one (x, m_x); ln m_x does not change during a fit, so it is kept.
    struct Group {
        var repeatPurchases: Int
        var meanSpend: Double
        var logMeanSpend: Double
        var customers: Double
    }

    let groups: [Group]
    /// Customers per repeat-purchase count x = 0…max x (0 is always empty).
    let customersByRepeatPurchases: [Double]

    init(_ histories: [SpendHistory]) {
        var byRepeatPurchases = [Double](repeating: 0, count: (histories.map(\.repeatPurchases).max() ?? 0) + 1)
        var indexOf: [SpendHistory: Int] = [:]
        var grouped: [Group] = []
        for history in histories {
            byRepeatPurchases[history.repeatPurchases] += 1
            if let index = indexOf[history] {
                grouped[index].customers += 1
            } else {
                indexOf[history] = grouped.count
                grouped.append(Group(repeatPurchases: history.repeatPurchases, meanSpend: history.meanSpend, logMeanSpend: log(history.meanSpend), customers: 1))
            }
        }
        groups = grouped
        customersByRepeatPurchases = byRepeatPurchases
    }

    /// ℓ summed over all customers, and its gradient with respect to (ln p, ln q, ln γ).
    func evaluate(p: Double, q: Double, gamma: Double) -> (value: Double, gradient: [Double]) {
        var value = 0.0
        var gradP = 0.0, gradQ = 0.0, gradGamma = 0.0
        let customers = customersByRepeatPurchases.reduce(0, +)
        let digammaQ = GammaFunction.digamma(q), logGamma = log(gamma)
        value += customers * (q * logGamma - GammaFunction.logGamma(q))
        gradQ += customers * (logGamma - digammaQ)
        gradGamma += customers * q / gamma

        // Per x: ln Γ(px + q) − ln Γ(px) + px ln x, and ψ(px + q), ψ(px) for the derivatives.
        for (repeatPurchases, count) in customersByRepeatPurchases.enumerated() where count > 0 {
            let x = Double(repeatPurchases), px = p * x
            let logX = log(x)
            let digammaTotal = GammaFunction.digamma(px + q)
            value += count * (GammaFunction.logGamma(px + q) - GammaFunction.logGamma(px) + px * logX)
            gradP += count * x * (digammaTotal - GammaFunction.digamma(px) + logX)
            gradQ += count * digammaTotal
        }
        for group in groups {
            let x = Double(group.repeatPurchases), n = group.customers
            let px = p * x
            let logTotal = log(x * group.meanSpend + gamma)
            value += n * ((px - 1) * group.logMeanSpend - (px + q) * logTotal)
            gradP += n * x * (group.logMeanSpend - logTotal)
            gradQ -= n * logTotal
            gradGamma -= n * (px + q) / (x * group.meanSpend + gamma)
        }
        return (value, [p * gradP, q * gradQ, gamma * gradGamma])
    }
}
