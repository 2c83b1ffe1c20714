import Foundation
import Testing
@testable import RFMCore

@Suite struct LTVBGNBDFitTests {
    @Test func fitsCDNOWAsPublished() throws {
        let model = try BGNBDModel.fit(CDNOWFixture.purchaseHistories())
        print("BG/NBD on CDNOW: r=\(model.r) alpha=\(model.alpha) a=\(model.a) b=\(model.b) LL=\(model.logLikelihood)")
        #expect(model.customerCount == 2357)
        // Fader, Hardie & Lee (2005): r = 0.243, α = 4.414, a = 0.793, b = 2.426, LL = −9582.4.
        #expect(abs(model.r - 0.243) < 0.0005)
        #expect(abs(model.alpha - 4.414) < 0.0005)
        #expect(abs(model.a - 0.793) < 0.0005)
        #expect(abs(model.b - 2.426) < 0.0005)
        #expect(abs(model.logLikelihood - -9582.4) < 0.05)
    }

    /// Independent check at more digits: scipy.optimize (Nelder–Mead, then BFGS with gtol 1e-9)
    /// on the `lifetimes` package's own negative log-likelihood, same file, gave
    /// r = 0.24259291, α = 4.41353197, a = 0.79288621, b = 2.42575386, LL = −9582.42556057.
    @Test func agreesWithScipyToMoreDigits() throws {
        let model = try BGNBDModel.fit(CDNOWFixture.purchaseHistories())
        #expect(abs(model.r / 0.24259291 - 1) < 1e-5)
        #expect(abs(model.alpha / 4.41353197 - 1) < 1e-5)
        #expect(abs(model.a / 0.79288621 - 1) < 1e-5)
        #expect(abs(model.b / 2.42575386 - 1) < 1e-5)
        #expect(abs(model.logLikelihood - -9582.42556057) < 1e-6)
    }

    @Test func groupingIdenticalHistoriesChangesNothing() throws {
        let histories = try CDNOWFixture.purchaseHistories()
        let grouped = try BGNBDModel.fit(histories, groupIdentical: true)
        let ungrouped = try BGNBDModel.fit(histories, groupIdentical: false)
        #expect(BGNBDLikelihood(histories).groups.count < histories.count)
        for (left, right) in [(grouped.r, ungrouped.r), (grouped.alpha, ungrouped.alpha), (grouped.a, ungrouped.a), (grouped.b, ungrouped.b)] {
            #expect(abs(left / right - 1) < 1e-7)
        }
        #expect(abs(grouped.logLikelihood - ungrouped.logLikelihood) < 1e-7)
    }

    /// The analytic gradient against central differences of the log-likelihood itself.
    @Test func gradientMatchesFiniteDifferences() throws {
        let likelihood = BGNBDLikelihood(try CDNOWFixture.purchaseHistories())
        let logParameters = [-1.2, 1.3, -0.4, 0.7]
        func value(_ point: [Double]) -> Double {
            likelihood.evaluate(r: exp(point[0]), alpha: exp(point[1]), a: exp(point[2]), b: exp(point[3])).value
        }
        let gradient = likelihood.evaluate(r: exp(-1.2), alpha: exp(1.3), a: exp(-0.4), b: exp(0.7)).gradient
        for index in 0..<4 {
            var up = logParameters, down = logParameters
            up[index] += 1e-5
            down[index] -= 1e-5
            let numeric = (value(up) - value(down)) / 2e-5
            #expect(abs(gradient[index] - numeric) < 1e-4 * max(1, abs(numeric)))
        }
    }
}
