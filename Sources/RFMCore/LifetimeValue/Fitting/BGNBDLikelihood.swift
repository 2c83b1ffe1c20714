#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The BG/NBD log-likelihood (Fader, Hardie & Lee 2005, eq. 6, in the log form of Hardie's note 004) and its
/// gradient, over customers grouped by identical (x, t_x, T):
///
///     ℓ = ln A₁ + ln A₂ + ln(A₃ + [x > 0] A₄)
///     ln A₁ = ln Γ(r + x) − ln Γ(r) + r ln α
///     ln A₂ = ln Γ(a + b) + ln Γ(b + x) − ln Γ(b) − ln Γ(a + b + x)
///     ln A₃ = −(r + x) ln(α + T)
///     ln A₄ = ln a − ln(b + x − 1) − (r + x) ln(α + t_x)
///
/// The last term is a log-sum-exp. Since x is an integer, the gamma ratios are finite products,
/// ln Γ(r + x) − ln Γ(r) = Σ_{k<x} ln(r + k), summed once per evaluation up to the largest x
/// and shared by every customer with that x; their derivatives are Σ_{k<x} 1/(r + k).
struct BGNBDLikelihood {
    /// Customers sharing one (x, t_x, T).
    struct Group {
        var repeatPurchases: Int
        var lastPurchaseWeek: Double
        var ageWeeks: Double
        var customers: Double
    }

    let groups: [Group]
    /// Customers per repeat-purchase count x = 0…max x.
    let customersByRepeatPurchases: [Double]
    let customerCount: Int

    /// Groups identical histories unless `groupIdentical` is false (kept for tests that check
    /// grouping changes nothing).
    init(_ histories: [PurchaseHistory], groupIdentical: Bool = true) {
        let maxRepeatPurchases = histories.map(\.repeatPurchases).max() ?? 0
        var byRepeatPurchases = [Double](repeating: 0, count: maxRepeatPurchases + 1)
        for history in histories { byRepeatPurchases[history.repeatPurchases] += 1 }
        customersByRepeatPurchases = byRepeatPurchases
        customerCount = histories.count
        guard groupIdentical else {
            groups = histories.map { Group(repeatPurchases: $0.repeatPurchases, lastPurchaseWeek: $0.lastPurchaseWeek, ageWeeks: $0.ageWeeks, customers: 1) }
            return
        }
        var indexOf: [PurchaseHistory: Int] = [:]
        var grouped: [Group] = []
        for history in histories {
            if let index = indexOf[history] {
                grouped[index].customers += 1
            } else {
                indexOf[history] = grouped.count
                grouped.append(Group(repeatPurchases: history.repeatPurchases, lastPurchaseWeek: history.lastPurchaseWeek, ageWeeks: history.ageWeeks, customers: 1))
            }
        }
        groups = grouped
    }

    /// ℓ summed over all customers, and its gradient with respect to (ln r, ln α, ln a, ln b).
    func evaluate(r: Double, alpha: Double, a: Double, b: Double) -> (value: Double, gradient: [Double]) {
        var value = 0.0
        var gradR = 0.0, gradAlpha = 0.0, gradA = 0.0, gradB = 0.0

        // Terms that depend on x alone: ln A₁ + ln A₂ without r ln α, and their derivatives.
        var logGammaRatios = 0.0  // Σ_{k<x} [ln(r + k) + ln(b + k) − ln(a + b + k)]
        var digammaR = 0.0, digammaB = 0.0, digammaAB = 0.0  // Σ_{k<x} 1/(r + k), 1/(b + k), 1/(a + b + k)
        for (x, customers) in customersByRepeatPurchases.enumerated() {
            if x > 0 {
                let k = Double(x - 1)
                logGammaRatios += log(r + k) + log(b + k) - log(a + b + k)
                digammaR += 1 / (r + k)
                digammaB += 1 / (b + k)
                digammaAB += 1 / (a + b + k)
            }
            guard customers > 0 else { continue }
            value += customers * logGammaRatios
            gradR += customers * digammaR
            gradA -= customers * digammaAB
            gradB += customers * (digammaB - digammaAB)
        }

        let logAlpha = log(alpha), logA = log(a)
        for group in groups {
            let x = Double(group.repeatPurchases)
            let n = group.customers
            let rx = r + x
            let logAlphaT = log(alpha + group.ageWeeks)
            let logA3 = -rx * logAlphaT
            value += n * (r * logAlpha)
            gradR += n * logAlpha
            gradAlpha += n * r / alpha
            guard group.repeatPurchases > 0 else {
                value += n * logA3
                gradR -= n * logAlphaT
                gradAlpha -= n * rx / (alpha + group.ageWeeks)
                continue
            }
            let logAlphaTx = log(alpha + group.lastPurchaseWeek)
            let logA4 = logA - log(b + x - 1) - rx * logAlphaTx
            // log-sum-exp, and the weight share of the "died after the last purchase" branch A₄.
            let larger = max(logA3, logA4)
            let gap = exp(-abs(logA3 - logA4))
            value += n * (larger + log1p(gap))
            let diedShare = logA4 >= logA3 ? 1 / (1 + gap) : gap / (1 + gap)
            let aliveShare = 1 - diedShare
            gradR -= n * (aliveShare * logAlphaT + diedShare * logAlphaTx)
            gradAlpha -= n * rx * (aliveShare / (alpha + group.ageWeeks) + diedShare / (alpha + group.lastPurchaseWeek))
            gradA += n * diedShare / a
            gradB -= n * diedShare / (b + x - 1)
        }
        // d/d ln θ = θ d/dθ.
        return (value, [r * gradR, alpha * gradAlpha, a * gradA, b * gradB])
    }
}
