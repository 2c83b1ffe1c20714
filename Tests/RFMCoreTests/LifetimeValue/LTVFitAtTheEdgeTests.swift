import Foundation
import Testing
@testable import RFMCore

/// A fit whose maximum lies at the edge of the search box must fail fast: the nightly run pays
/// for it every night. Before the search gave up at the edge, 20,000 customers who buy at
/// random and never drop out cost two starts × 1,000 iterations × ~30 line-search halvings:
/// about 60,000 likelihood evaluations, minutes in a release build at 100,000 customers.
@Suite struct LTVFitAtTheEdgeTests {
    /// Purchases at uniformly random days of a three-year span, nobody dropping out.
    static func neverDroppingOut(_ count: Int) throws -> [PurchaseHistory] {
        var random = SplitMix64(state: 1)
        return try (0..<count).map { _ in
            let first = Int(random.next() % 1095)
            var days: Set<Int> = [first]
            for _ in 0...(random.next() % 19) { days.insert(first + Int(random.next() % UInt64(1095 - first))) }
            let sorted = days.sorted()
            return try PurchaseHistory(
                repeatPurchases: sorted.count - 1, lastPurchaseWeek: Double(sorted.last! - first) / 7, ageWeeks: Double(1095 - first) / 7
            )
        }
    }

    @Test func aParameterRunningToTheEdgeEndsTheSearchWithinAFewHundredEvaluations() throws {
        let histories = try Self.neverDroppingOut(20_000)
        let likelihood = BGNBDLikelihood(histories)
        var evaluations = 0
        let failure = #expect(throws: LTVModelError.self) {
            try LogParameterSearch.maximize(
                model: "BG/NBD", parameterNames: ["r", "alpha", "a", "b"],
                starts: [[0, 0, 0, 0], [log(0.5), log(10), log(0.5), log(5)]], customerCount: histories.count
            ) { logParameters in
                evaluations += 1
                let θ = logParameters.map { exp($0) }
                return likelihood.evaluate(r: θ[0], alpha: θ[1], a: θ[2], b: θ[3])
            }
        }
        #expect(failure?.reason == .parameterAtBound)
        #expect(evaluations < 1_000, "\(evaluations) evaluations")
        #expect(throws: LTVModelError(.parameterAtBound, "BG/NBD fit ran b to 1.0e6, the edge of [1e-6, 1e6]: the data do not identify it")) {
            try BGNBDModel.fit(histories)
        }
    }
}

/// The spend model is searched in units of the mean spend, so expensive merchants fit too.
@Suite struct LTVSpendScaleTests {
    @Test func aMerchantWhoseOrdersCostAThousandTimesMoreFitsTheSameModel() throws {
        let cents = try CDNOWFixture.spendHistories(unitsPerDollar: 100)
        let dear = try CDNOWFixture.spendHistories(unitsPerDollar: 100_000)  // γ ≈ 1.5e6: beyond the box in cents
        #expect(throws: LTVModelError.self) { try GammaGammaModel.fit(dear) }
        let model = try LTVFit.fitSpend(cents)
        let dearModel = try LTVFit.fitSpend(dear)
        #expect(abs(model.p / 6.248802488129088 - 1) < 1e-6)
        #expect(abs(model.q / 3.7445884535848104 - 1) < 1e-6)
        #expect(abs(model.gamma / 1544.774801567289 - 1) < 1e-6)
        #expect(abs(model.logLikelihood - (-4055.9232435028935 - 946 * log(100))) < 1e-6)
        #expect(abs(dearModel.p / model.p - 1) < 1e-6)
        #expect(abs(dearModel.gamma / (model.gamma * 1000) - 1) < 1e-6)
        #expect(abs(dearModel.logLikelihood - (model.logLikelihood - 946 * log(1000))) < 1e-4)
    }
}

/// A minimum where the gradient's round-off is above `gradientTolerance`, as in a fit over a
/// million distinct histories: the value no longer changes, steps keep being accepted on the
/// slope alone, and the search must call it converged instead of cycling to `maxIterations`
/// (1,370,000 customers took 2 × 1,000 iterations, about 18 minutes, before this rule).
@Suite struct LTVStalledSearchTests {
    static func search(stalledIterations: Int) -> (BFGSMinimizer.Outcome, Int) {
        var minimizer = BFGSMinimizer(lowerBound: -20, upperBound: 20)
        minimizer.stalledIterations = stalledIterations
        var evaluations = 0
        let outcome = minimizer.minimize(from: [0.999_999_99, 1.000_000_02]) { point in
            evaluations += 1
            // Flat to the last bit near (1, 1); a gradient that is only noise, up to 1e-8.
            let value = 5 + 1e-20 * point.reduce(0) { $0 + ($1 - 1) * ($1 - 1) }
            return (value, point.map { 1e-8 * tanh(1e9 * ($0 - 1)) })
        }
        return (outcome, evaluations)
    }

    @Test func aSearchStuckAtItsRoundOffFloorEndsConverged() {
        let (outcome, evaluations) = Self.search(stalledIterations: 10)
        #expect(outcome.converged)
        #expect(outcome.iterations <= 20, "\(outcome.iterations) iterations, \(evaluations) evaluations")
        let (unbounded, _) = Self.search(stalledIterations: .max)
        #expect(unbounded.iterations > 20)  // without the rule: 78 here, 1,000 per start on the big fit
    }
}
