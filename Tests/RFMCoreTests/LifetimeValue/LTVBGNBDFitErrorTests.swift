import Testing
@testable import RFMCore

@Suite struct LTVBGNBDFitErrorTests {
    @Test func emptyInputIsAnError() {
        #expect(throws: LTVModelError.self) { try BGNBDModel.fit([]) }
        #expect(reason { try BGNBDModel.fit([]) } == .noCustomers)
    }

    /// Without a repeat purchase the likelihood r ln(α/(α + T)) rises towards 0 as α → ∞:
    /// there is no maximum to find.
    @Test func noRepeatPurchasesIsAnError() throws {
        let histories = try (1...50).map { try PurchaseHistory(repeatPurchases: 0, lastPurchaseWeek: 0, ageWeeks: Double($0)) }
        #expect(reason { try BGNBDModel.fit(histories) } == .noRepeatPurchases)
    }

    /// Everyone bought every week right up to the end: nobody looks like they dropped out, so the
    /// dropout probability is pushed to 0 and a parameter runs to the edge of the search box.
    @Test func nobodyDroppingOutIsAnError() throws {
        let histories = try (10...60).map { try PurchaseHistory(repeatPurchases: $0, lastPurchaseWeek: Double($0), ageWeeks: Double($0)) }
        let failure = reason { try BGNBDModel.fit(histories) }
        #expect(failure == .parameterAtBound || failure == .didNotConverge)
    }

    @Test(arguments: [(-1, 0.0, 1.0), (1, 2.0, 1.0), (0, 0.5, 1.0), (1, -0.1, 1.0), (1, 0.5, .infinity), (1, .nan, 1.0)])
    func invalidHistoriesAreRejected(x: Int, tx: Double, age: Double) {
        #expect(reason { try PurchaseHistory(repeatPurchases: x, lastPurchaseWeek: tx, ageWeeks: age) } == .invalidCustomer)
    }

    @Test func errorDescriptionIsOneLine() {
        let error = LTVModelError(.didNotConverge, "BG/NBD fit did not converge after 1000 iterations")
        #expect(error.description == "BG/NBD fit did not converge after 1000 iterations")
        #expect(!error.description.contains("\n"))
    }
}

/// The reason a throwing call failed with, or nil if it did not throw a `LTVModelError`.
func reason<T>(_ body: () throws -> T) -> LTVModelError.Reason? {
    do {
        _ = try body()
        return nil
    } catch let error as LTVModelError {
        return error.reason
    } catch {
        return nil
    }
}
