import Foundation
import Testing
@testable import RFMCore

/// A fit whose maximum lies at the edge of the search box must fail fast: the nightly run pays
/// for it every night. Before the search gave up at the edge, 20,000 customers who buy at
/// random and never drop out cost two starts × 1,000 iterations × ~30 line-search halvings:
/// about 60,000 likelihood evaluations, minutes in a release build at 100,000 customers.
@Suite struct CLVFitAtTheEdgeTests {
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
        let failure = #expect(throws: CLVModelError.self) {
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
        #expect(throws: CLVModelError(.parameterAtBound, "BG/NBD fit ran b to 1.0e6, the edge of [1e-6, 1e6]: the data do not identify it")) {
            try BGNBDModel.fit(histories)
        }
    }
}
