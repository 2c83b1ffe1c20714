import Testing
@testable import RFMCore

@Suite struct LTVBGNBDPredictionTests {
    /// r = 0.2426, α = 4.4135, a = 0.7929, b = 2.4259: the four-decimal values commonly quoted
    /// for this data set (our fit rounds b to 2.4258), fixed so these tests do not depend on
    /// the fitter.
    let published = try! BGNBDModel(r: 0.2426, alpha: 4.4135, a: 0.7929, b: 2.4259, logLikelihood: -9582.4, customerCount: 2357)

    /// Fader, Hardie & Lee (2005): a customer with x = 2, t_x = 30.43, T = 38.86 is expected to make
    /// 1.226 purchases in the next 39 weeks. Here with the parameters our fit finds.
    @Test func paperExampleWithFittedParameters() throws {
        let model = try BGNBDModel.fit(CDNOWFixture.purchaseHistories())
        let customer = try PurchaseHistory(repeatPurchases: 2, lastPurchaseWeek: 30.43, ageWeeks: 38.86)
        let expected = try model.expectedPurchases(customer, nextWeeks: 39)
        print("E[Y(39) | 2, 30.43, 38.86] = \(expected)")
        #expect(abs(expected - 1.226) < 0.0005)
    }

    /// Expected values: eq. 10 as printed, untransformed, in mpmath 1.3.0 at 40 significant
    /// digits (`mp.hyp2f1`), at the published parameters. The x = 200 row is out of reach of
    /// double-precision eq. 10 as printed: its ₂F₁ is about 2e202 and (1 − z)^(r+x) about 1e-200.
    @Test(arguments: [
        (2, 30.43, 38.86, 39.0, 1.2259246459773749),
        (0, 0.0, 38.86, 39.0, 0.19478717496185552),
        (1, 1.71, 38.86, 39.0, 0.20325614415381488),
        (7, 35.0, 38.86, 52.0, 5.520662618289273),
        (20, 30.0, 38.86, 260.0, 10.499745193602392),
        (5, 1.0, 2.0, 1000.0, 44.40993934109489),
        (3, 10.0, 38.86, 0.5, 0.005095468660821899),
        (200, 51.5, 52.0, 520.0, 587.00625563336055),
    ])
    func conditionalExpectationMatchesEquation10(x: Int, tx: Double, age: Double, weeks: Double, expected: Double) throws {
        let customer = try PurchaseHistory(repeatPurchases: x, lastPurchaseWeek: tx, ageWeeks: age)
        let value = try published.expectedPurchases(customer, nextWeeks: weeks)
        #expect(abs(value / expected - 1) < 1e-12)
    }

    /// Eq. 9 in mpmath as above: E[X(39)], E[X(78)], E[X(520)].
    @Test(arguments: [(39.0, 1.1950659152202747), (78.0, 1.858049210847886), (520.0, 4.9689370178518818)])
    func unconditionalExpectationMatchesEquation9(weeks: Double, expected: Double) throws {
        #expect(abs(try published.expectedRepeatPurchases(firstWeeks: weeks) / expected - 1) < 1e-12)
    }

    @Test func noHorizonMeansNoPurchases() throws {
        let customer = try PurchaseHistory(repeatPurchases: 2, lastPurchaseWeek: 30.43, ageWeeks: 38.86)
        #expect(try published.expectedPurchases(customer, nextWeeks: 0) == 0)
        #expect(throws: LTVModelError.self) { try published.expectedPurchases(customer, nextWeeks: -1) }
    }

    /// z = t/(α + T + t) = 1 − 4.4e-6: the series needs about 8 million terms, more than it may
    /// take, and the expectation must fail loudly rather than return a partial sum.
    @Test func absurdHorizonIsANumericalFailure() throws {
        let newCustomer = try PurchaseHistory(repeatPurchases: 0, lastPurchaseWeek: 0, ageWeeks: 0)
        #expect(reason { try published.expectedPurchases(newCustomer, nextWeeks: 1e6) } == .numericalFailure)
    }

    /// At a = 1 eq. 10's factor 1/(a − 1) meets a bracket that vanishes; the transformed form
    /// has a finite limit there, which must sit between its neighbours.
    @Test func expectationIsContinuousAtAEqualsOne() throws {
        let customer = try PurchaseHistory(repeatPurchases: 3, lastPurchaseWeek: 20, ageWeeks: 38.86)
        func expectation(_ a: Double) throws -> Double {
            try BGNBDModel(r: 0.2426, alpha: 4.4135, a: a, b: 2.4259, logLikelihood: 0, customerCount: 0)
                .expectedPurchases(customer, nextWeeks: 52)
        }
        let atOne = try expectation(1)
        #expect(atOne.isFinite && atOne > 0)
        #expect(abs(try expectation(1 - 1e-7) / atOne - 1) < 1e-6)
        #expect(abs(try expectation(1 + 1e-7) / atOne - 1) < 1e-6)
    }

    /// P(alive) values from the same formula in Python (1 / (1 + a/(b+x−1) ((α+T)/(α+t_x))^(r+x))).
    @Test(arguments: [
        (2, 30.43, 38.86, 0.7266137957881688),
        (1, 1.71, 38.86, 0.21223135115073136),
        (20, 30.0, 38.86, 0.20738688908857025),
        (3, 10.0, 38.86, 0.13642542687885365),
    ])
    func probabilityAliveMatchesFormula(x: Int, tx: Double, age: Double, expected: Double) throws {
        let customer = try PurchaseHistory(repeatPurchases: x, lastPurchaseWeek: tx, ageWeeks: age)
        #expect(abs(published.probabilityAlive(customer) / expected - 1) < 1e-12)
    }

    /// The model lets customers drop out only right after a purchase, so one who never came
    /// back is certainly alive, however long ago she came.
    @Test(arguments: [0.0, 1.0, 38.86, 1000.0])
    func neverReturnedMeansAlive(age: Double) throws {
        #expect(published.probabilityAlive(try PurchaseHistory(repeatPurchases: 0, lastPurchaseWeek: 0, ageWeeks: age)) == 1)
    }

    @Test func probabilityAliveFallsWithSilenceAndIsOneRightAfterAPurchase() throws {
        let ages = [10.0, 20, 40, 80, 160]
        let probabilities = try ages.map { published.probabilityAlive(try PurchaseHistory(repeatPurchases: 4, lastPurchaseWeek: 10, ageWeeks: $0)) }
        #expect(zip(probabilities, probabilities.dropFirst()).allSatisfy { $0 > $1 })
        #expect(probabilities.allSatisfy { $0 > 0 && $0 <= 1 })
        // T = t_x: odds of having died are a/(b + x − 1) exactly.
        #expect(abs(probabilities[0] - 1 / (1 + 0.7929 / (2.4259 + 3))) < 1e-15)
    }
}
