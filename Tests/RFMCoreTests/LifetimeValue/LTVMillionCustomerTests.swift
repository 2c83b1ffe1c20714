import Testing
@testable import RFMCore

/// Not a timed assertion: a million customers must simply fit; the time is printed, and
/// docs/ltv-models.md records it. The parameters the data were drawn from are known, so the
/// fit is also checked against them, loosely: days are whole, so t_x is rounded down.
@Suite struct LTVMillionCustomerTests {
    @Test func fitsAMillionCustomers() throws {
        let truth = SyntheticCustomers(r: 0.25, alpha: 4, a: 0.8, b: 2.5, maxAgeDays: 365)
        let clock = ContinuousClock()
        let start = clock.now
        let histories = try truth.histories(count: 1_000_000, seed: 20_050_101)
        let generated = clock.now
        let model = try BGNBDModel.fit(histories)
        let fitted = clock.now
        let groups = BGNBDLikelihood(histories).groups.count
        print("BG/NBD, 1,000,000 synthetic customers in \(groups) distinct histories: generated in \(generated - start), fitted in \(fitted - generated); r=\(model.r) alpha=\(model.alpha) a=\(model.a) b=\(model.b)")
        #expect(model.customerCount == 1_000_000)
        #expect(abs(model.r / truth.r - 1) < 0.05)
        #expect(abs(model.alpha / truth.alpha - 1) < 0.05)
        #expect(abs(model.a / truth.a - 1) < 0.1)
        #expect(abs(model.b / truth.b - 1) < 0.1)
    }
}
