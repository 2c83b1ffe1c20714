#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// ln Γ(x) and ψ(x) = d/dx ln Γ(x) for x > 0, as the likelihoods need them.
enum GammaFunction {
    /// ln Γ(x). glibc's plain `lgamma` writes the global `signgam`, a data race if merchants are
    /// fitted on several threads; `lgamma_r` returns the sign through a local instead.
    @inline(__always)
    static func logGamma(_ x: Double) -> Double {
        #if canImport(Glibc)
        var sign: Int32 = 0
        return lgamma_r(x, &sign)
        #else
        return lgamma(x)
        #endif
    }

    /// ψ(x) for x > 0. The recurrence ψ(x) = ψ(x + 1) − 1/x lifts x to at least 10, where the
    /// asymptotic series ln x − 1/(2x) − Σ B₂ₖ / (2k x²ᵏ), cut after x⁻¹², is off by less than
    /// 1e-15 (the first omitted term is 1/(12 x¹⁴)).
    static func digamma(_ x: Double) -> Double {
        var shifted = x
        var correction = 0.0
        while shifted < 10 {
            correction -= 1 / shifted
            shifted += 1
        }
        let inverseSquare = 1 / (shifted * shifted)
        // Bernoulli terms B₂ₖ / (2k): 1/12, −1/120, 1/252, −1/240, 1/132, −691/32760.
        let series = inverseSquare * (1.0 / 12 - inverseSquare * (1.0 / 120 - inverseSquare * (1.0 / 252
            - inverseSquare * (1.0 / 240 - inverseSquare * (1.0 / 132 - inverseSquare * 691.0 / 32760)))))
        return correction + log(shifted) - 0.5 / shifted - series
    }
}
