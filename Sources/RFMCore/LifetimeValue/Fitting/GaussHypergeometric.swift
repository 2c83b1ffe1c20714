/// Gauss's hypergeometric function ₂F₁(a, b; c; z) = Σₙ (a)ₙ (b)ₙ / (c)ₙ · zⁿ / n! by its power
/// series, with (q)ₙ the rising factorial.
///
/// Domain: the series converges for |z| < 1 whenever c is not 0, −1, −2, …; for |z| ≥ 1 it
/// converges at most on the circle and is not used here, and nothing here continues ₂F₁
/// analytically beyond it. Outside the domain, or when the tail has not fallen below the
/// tolerance within `maxTerms`, the functions return nil and callers report a numerical failure
/// rather than a wrong number. The BG/NBD only needs z = t / (α + T + t), which is in [0, 1).
enum GaussHypergeometric {
    static let relativeTolerance = 1e-16
    /// Enough for z up to about 1 − 1e-5: terms fall roughly like zⁿ.
    static let maxTerms = 2_000_000

    /// ₂F₁(a, b; c; z), or nil outside the domain or without convergence.
    static func value(a: Double, b: Double, c: Double, z: Double) -> Double? {
        excessOverB(a: a, b: b, c: c, z: z).map { 1 + b * $0 }
    }

    /// (₂F₁(a, b; c; z) − 1) / b = Σ_{n≥1} (a)ₙ (b + 1)ₙ₋₁ / (c)ₙ · zⁿ / n!.
    ///
    /// Dividing b out of (b)ₙ = b (b + 1)ₙ₋₁ keeps the sum finite as b → 0, which the BG/NBD's
    /// conditional expectation needs at a = 1 (there b = a − 1).
    static func excessOverB(a: Double, b: Double, c: Double, z: Double) -> Double? {
        guard a.isFinite, b.isFinite, c.isFinite, z.isFinite, abs(z) < 1,
              !(c <= 0 && c == c.rounded()) else { return nil }
        var term = a * z / c  // n = 1
        // Neumaier's compensated sum: near z = 1 hundreds of thousands of terms are added.
        var sum = 0.0, compensation = 0.0
        var n = 1.0
        while n <= Double(maxTerms) {
            let total = sum + term
            compensation += abs(sum) >= abs(term) ? (sum - total) + term : (term - total) + sum
            sum = total
            guard sum.isFinite else { return nil }
            guard term != 0 else { return sum + compensation }  // a or b + 1 a non-positive integer: a polynomial
            // term(n + 1) / term(n); the extra b + n comes from (b + 1)ₙ = (b + 1)ₙ₋₁ (b + n).
            let ratio = (a + n) * (b + n) / ((c + n) * (n + 1)) * z
            term *= ratio
            n += 1
            // Past the largest of |a|, |b| and |c| the terms no longer grow and the ratios settle
            // towards |z|, so the tail from `term` on is about |term| ρ / (1 − ρ), ρ being the
            // larger of this ratio and |z|: a geometric-series bound, not a proof.
            let bound = max(abs(ratio), abs(z))
            if n > max(abs(a), abs(b), abs(c)) + 1, bound < 1,
               abs(term) * bound / (1 - bound) <= relativeTolerance * abs(sum) {
                let result = sum + compensation + term
                return result.isFinite ? result : nil
            }
        }
        return nil
    }
}
