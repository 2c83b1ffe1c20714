import Testing
@testable import RFMCore

/// What the outputs can hold (SPEC §6 types), checked before a row is written.
@Suite struct StoredRangeTests {
    static let day = CivilDate(iso: "2026-11-23")!.at(hour: 12)

    @Test func aUserKeyLongerThanTheIndexHoldsIsSkippedAndCounted() throws {
        let longest = String(repeating: "k", count: StoredRange.maximumUserKeyBytes)
        let measures = try measure([
            TestEvent("1", user: longest, at: Self.day),
            TestEvent("2", user: longest + "k", at: Self.day),
            TestEvent("3", user: String(repeating: "é", count: 1025), at: Self.day),  // 2,050 bytes, 1,025 characters
        ])
        #expect(measures.customers.map(\.userKey) == [longest])
        #expect(measures.quality.skipped == [.keyTooLong: 2])
        #expect(measures.quality.rowsRead == 3)
    }

    func scored(monetaryCents: Int64, windowDays: Int = 365, horizonDays: Int = 365) throws -> ScoredCustomers {
        let customer = CustomerMeasures(
            userKey: "big", recencyDays: 1, frequency: 1, monetaryCents: monetaryCents, tenureDays: 1,
            firstPurchaseAt: 0, lastPurchaseAt: 0
        )
        return try CustomerScorer(settings: ScoringSettings(windowDays: windowDays, horizonDays: horizonDays)).score([customer])
    }

    @Test func moneyBeyondNumeric16Point2RefusesTheMerchantNamingTheCustomer() throws {
        // 99,999,999,999,999.99 is the largest numeric(16,2): stored as is.
        let largest = try scored(monetaryCents: 9_999_999_999_999_999)
        #expect(largest.count == 1)
        // 150 orders of 999,999,999,999.99 = 149,999,999,999,998.50: one digit too many.
        let error = try #require(throws: StoredRange.ValueTooLarge.self) { try scored(monetaryCents: 150 * 99_999_999_999_999) }
        #expect(error.userKey == "big" && error.column == "monetary")
        #expect(error.description.hasPrefix("customer big's monetary is $100,000,000,000,000 or more"))
    }

    @Test func aLongHorizonOverAShortWindowCanOverflowTheLTV() throws {
        // $3,000,000,000 over 1 day projected over 36,500: 3e11 × 36500 = 1.095e16 cents before
        // decay (0.95^(1/30) = 0.99829) and cohort (0.93983): about 1.027e16 > 9,999,999,999,999,999.
        let error = try #require(throws: StoredRange.ValueTooLarge.self) {
            try scored(monetaryCents: 300_000_000_000, windowDays: 1, horizonDays: 36_500)
        }
        #expect(error.column == "predictive_ltv")
        // $2,000,000,000 gives about 6.85e15 cents: it fits.
        #expect(try scored(monetaryCents: 200_000_000_000, windowDays: 1, horizonDays: 36_500).count == 1)
    }

    @Test func aMerchantIDLongerThanTheKeysHoldIsRefused() throws {
        try StoredRange.check(merchantID: String(repeating: "m", count: 256))
        let error = try #require(throws: StoredRange.MerchantIDTooLong.self) {
            try StoredRange.check(merchantID: String(repeating: "é", count: 129))
        }
        #expect(error.bytes == 258)
    }

    @Test func supportedDatesAreTheFourDigitYears() {
        #expect(CivilDate.supported.lowerBound.description == "0001-01-01")
        #expect(CivilDate.supported.upperBound.description == "9999-12-31")
        #expect(!CivilDate.supported.contains(CivilDate(iso: "0000-12-31")!))
    }
}
