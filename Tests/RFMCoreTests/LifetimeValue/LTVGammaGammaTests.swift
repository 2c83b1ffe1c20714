import Foundation
import Testing
@testable import RFMCore

@Suite struct LTVGammaGammaTests {
    /// Fader, Hardie & Lee (2005), "RFM and CLV", on the 946 CDNOW repeat buyers: p = 6.25,
    /// q = 3.74, γ = 15.44. The maximum likelihood on this file is γ = 15.4477 (scipy below; the
    /// `lifetimes` documentation prints 15.45), so γ is held to within 0.01 of the published
    /// value rather than to its rounding; p and q round to the published digits.
    @Test func fitsCDNOWAsPublished() throws {
        let model = try GammaGammaModel.fit(CDNOWFixture.spendHistories())
        print("Gamma-Gamma on CDNOW: p=\(model.p) q=\(model.q) gamma=\(model.gamma) LL=\(model.logLikelihood)")
        #expect(model.customerCount == 946)
        #expect(abs(model.p - 6.25) < 0.005)
        #expect(abs(model.q - 3.74) < 0.005)
        #expect(abs(model.gamma - 15.44) < 0.01)
    }

    /// scipy.optimize (Nelder–Mead, then BFGS with gtol 1e-9) on the `lifetimes` package's
    /// negative log-likelihood, same data: p = 6.24880314, q = 3.74458839, γ = 15.4477463,
    /// LL = −4055.92324350.
    @Test func agreesWithScipyToMoreDigits() throws {
        let model = try GammaGammaModel.fit(CDNOWFixture.spendHistories())
        #expect(abs(model.p / 6.24880314 - 1) < 1e-5)
        #expect(abs(model.q / 3.74458839 - 1) < 1e-5)
        #expect(abs(model.gamma / 15.4477463 - 1) < 1e-5)
        #expect(abs(model.logLikelihood - -4055.92324350) < 1e-6)
    }

    /// Spend in cents instead of dollars: γ is a scale, so it grows 100-fold while p and q stay,
    /// and each density shrinks by the Jacobian 1/100, moving the log-likelihood by −946 ln 100.
    @Test func changingTheCurrencyUnitOnlyRescalesGamma() throws {
        let dollars = try GammaGammaModel.fit(CDNOWFixture.spendHistories())
        let cents = try GammaGammaModel.fit(CDNOWFixture.spendHistories(unitsPerDollar: 100))
        #expect(abs(cents.p / dollars.p - 1) < 1e-6)
        #expect(abs(cents.q / dollars.q - 1) < 1e-6)
        #expect(abs(cents.gamma / (100 * dollars.gamma) - 1) < 1e-6)
        #expect(abs(cents.logLikelihood - (dollars.logLikelihood - 946 * log(100.0))) < 1e-6)
    }

    /// E[M | x, m_x] = (γ + x m_x) p / (px + q − 1) by hand at the published parameters:
    /// (15.44 + 2 · 22.35) · 6.25 / (12.5 + 2.74) = 60.14 · 6.25 / 15.24 = 375.875 / 15.24.
    @Test func expectedAverageSpendShrinksTowardsThePopulation() throws {
        let model = try GammaGammaModel(p: 6.25, q: 3.74, gamma: 15.44, logLikelihood: 0, customerCount: 0)
        let spend = model.expectedAverageSpend(try SpendHistory(repeatPurchases: 2, meanSpend: 22.35))
        #expect(abs(spend - 375.875 / 15.24) < 1e-12)
        // Population mean pγ/(q − 1) = 96.5 / 2.74; the estimate lies between it and m_x.
        #expect(abs(model.populationMeanSpend - 96.5 / 2.74) < 1e-12)
        #expect(spend > 22.35 && spend < model.populationMeanSpend)
    }

    @Test func emptyInputIsAnError() {
        #expect(reason { try GammaGammaModel.fit([]) } == .noCustomers)
    }

    @Test(arguments: [(0, 10.0), (-1, 10.0), (1, 0.0), (1, -5.0), (1, .infinity), (1, .nan)])
    func invalidSpendIsRejected(x: Int, meanSpend: Double) {
        #expect(reason { try SpendHistory(repeatPurchases: x, meanSpend: meanSpend) } == .invalidCustomer)
    }

    /// Everyone spends exactly the same: the spread of spending levels collapses and the fit
    /// must say so instead of returning numbers.
    @Test func identicalSpendsAreAnError() throws {
        let histories = try (1...40).map { try SpendHistory(repeatPurchases: 1 + $0 % 5, meanSpend: 25) }
        let failure = reason { try GammaGammaModel.fit(histories) }
        #expect(failure == .parameterAtBound || failure == .didNotConverge)
    }

    @Test func gradientMatchesFiniteDifferences() throws {
        let likelihood = GammaGammaLikelihood(try CDNOWFixture.spendHistories())
        let logParameters = [1.5, 1.0, 2.5]
        func value(_ point: [Double]) -> Double {
            likelihood.evaluate(p: exp(point[0]), q: exp(point[1]), gamma: exp(point[2])).value
        }
        let gradient = likelihood.evaluate(p: exp(1.5), q: exp(1.0), gamma: exp(2.5)).gradient
        for index in 0..<3 {
            var up = logParameters, down = logParameters
            up[index] += 1e-5
            down[index] -= 1e-5
            let numeric = (value(up) - value(down)) / 2e-5
            #expect(abs(gradient[index] - numeric) < 1e-4 * max(1, abs(numeric)))
        }
    }
}
