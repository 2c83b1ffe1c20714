import Foundation
import Testing
@testable import RFMCore

/// Closed forms of ₂F₁ and ψ (Abramowitz & Stegun 15.1.3, 15.1.8, 6.3.2–6.3.4).
@Suite struct LTVSpecialFunctionTests {
    @Test(arguments: [-0.5, 0.1, 0.5, 0.9, 0.99, 0.9999])
    func hypergeometricOneOneTwoIsALogarithm(z: Double) throws {
        // ₂F₁(1, 1; 2; z) = −ln(1 − z)/z
        let value = try #require(GaussHypergeometric.value(a: 1, b: 1, c: 2, z: z))
        #expect(abs(value / (-log1p(-z) / z) - 1) < 1e-13)
    }

    @Test(arguments: [(0.3, 2.5, 0.7), (5.0, 0.2, 0.95), (-1.5, 3.0, 0.4)])
    func hypergeometricWithEqualBAndCIsAPower(a: Double, b: Double, z: Double) throws {
        // ₂F₁(a, b; b; z) = (1 − z)^(−a)
        let value = try #require(GaussHypergeometric.value(a: a, b: b, c: b, z: z))
        #expect(abs(value / pow(1 - z, -a) - 1) < 1e-13)
    }

    @Test func hypergeometricWithNegativeIntegerAIsAPolynomial() throws {
        // ₂F₁(−2, b; c; z) = 1 − 2bz/c + b(b + 1)z²/(c(c + 1))
        let (b, c, z) = (1.7, 2.9, 0.8)
        let value = try #require(GaussHypergeometric.value(a: -2, b: b, c: c, z: z))
        #expect(abs(value - (1 - 2 * b * z / c + b * (b + 1) * z * z / (c * (c + 1)))) < 1e-15)
    }

    @Test(arguments: [0.2, 0.7, 0.99])
    func excessStaysFiniteAtBZero(z: Double) throws {
        // lim_{b→0} (₂F₁(1, b; 2; z) − 1)/b = Σ zⁿ/(n(n + 1)) = −ln(1 − z) + (ln(1 − z) + z)/z
        let value = try #require(GaussHypergeometric.excessOverB(a: 1, b: 0, c: 2, z: z))
        let logComplement = log1p(-z)
        #expect(abs(value / (-logComplement + (logComplement + z) / z) - 1) < 1e-13)
    }

    @Test(arguments: [(1.0, 1.0, 2.0, 1.0), (1.0, 1.0, 2.0, -1.5), (1.0, 1.0, -3.0, 0.5), (1.0, 1.0, 0.0, 0.5), (1.0, 1.0, 2.0, Double.nan)])
    func outsideTheDomainThereIsNoValue(a: Double, b: Double, c: Double, z: Double) {
        #expect(GaussHypergeometric.value(a: a, b: b, c: c, z: z) == nil)
    }

    @Test func digammaMatchesClosedForms() {
        let eulerGamma = 0.57721566490153286061
        let cases: [(Double, Double)] = [
            (1, -eulerGamma),
            (0.5, -eulerGamma - 2 * log(2.0)),
            (0.25, -eulerGamma - Double.pi / 2 - 3 * log(2.0)),
            (11, (1...10).reduce(0) { $0 + 1 / Double($1) } - eulerGamma),
            (101, (1...100).reduce(0) { $0 + 1 / Double($1) } - eulerGamma),
        ]
        for (x, expected) in cases {
            #expect(abs(GammaFunction.digamma(x) - expected) < 1e-14 * max(1, abs(expected)))
        }
        // ψ(x + 1) = ψ(x) + 1/x right at small x.
        #expect(abs(GammaFunction.digamma(1e-3 + 1) - GammaFunction.digamma(1e-3) - 1e3) < 1e-10)
    }

    @Test func logGammaMatchesFactorials() {
        #expect(abs(GammaFunction.logGamma(11) - log(3_628_800.0)) < 1e-13)
        #expect(abs(GammaFunction.logGamma(0.5) - 0.5 * log(Double.pi)) < 1e-15)
    }
}
