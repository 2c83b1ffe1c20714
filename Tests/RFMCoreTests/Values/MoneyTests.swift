import Testing
@testable import RFMCore

@Suite struct MoneyTests {
    @Test func roundsHalfAwayFromZero() {
        #expect(Cents.divideRounded(5, by: 10) == 1)
        #expect(Cents.divideRounded(-5, by: 10) == -1)
        #expect(Cents.divideRounded(4, by: 10) == 0)
        #expect(Cents.divideRounded(-4, by: 10) == 0)
        #expect(Cents.divideRounded(15, by: 10) == 2)
        #expect(Cents.divideRounded(25, by: 10) == 3)  // not banker's rounding
    }

    /// The seed's drill-down converts €89.00, £45.00 and €124.00 to $81.88, $53.10 and $114.08.
    @Test func convertsTheSeedsTimelineAmounts() {
        #expect(FXRates.usdCents(amountCents: 8900, rateMicros: 920_000) == 8188)
        #expect(FXRates.usdCents(amountCents: 4500, rateMicros: 1_180_000) == 5310)
        #expect(FXRates.usdCents(amountCents: 12_400, rateMicros: 920_000) == 11_408)
    }

    @Test func roundsEachConversionToCentsHalfAwayFromZero() {
        // 1.25 × 0.5 = 0.625 -> 0.63; 0.01 × 0.92 = 0.0092 -> 0.01; 0.05 × 0.92 = 0.046 -> 0.05
        #expect(FXRates.usdCents(amountCents: 125, rateMicros: 500_000) == 63)
        #expect(FXRates.usdCents(amountCents: 1, rateMicros: 920_000) == 1)
        #expect(FXRates.usdCents(amountCents: 5, rateMicros: 920_000) == 5)
        #expect(FXRates.usdCents(amountCents: 1, rateMicros: 400_000) == 0)
    }

    @Test func detectsConversionsThatOverflow() {
        #expect(FXRates.usdCents(amountCents: .max / 2, rateMicros: 999_999_999_999) == nil)
    }

    @Test func formatsCents() {
        #expect(Cents.format(0) == "0.00")
        #expect(Cents.format(5) == "0.05")
        #expect(Cents.format(-1050) == "-10.50")
        #expect(Cents.formatGrouped(123_456_789) == "1,234,567.89")
        #expect(Cents.formatGrouped(-100_000) == "-1,000.00")
    }

    @Test func parsesDecimalsExactlyOrNotAtAll() {
        #expect(Cents.parseDecimal("0.920000", scale: 6) == 920_000)
        #expect(Cents.parseDecimal("1", scale: 6) == 1_000_000)
        #expect(Cents.parseDecimal("12.5", scale: 2) == 1250)
        #expect(Cents.parseDecimal("-0.07", scale: 2) == -7)
        #expect(Cents.parseDecimal("12.3400", scale: 2) == 1234)  // trailing zeros are no precision
        #expect(Cents.parseDecimal("12.345", scale: 2) == nil)
        #expect(Cents.parseDecimal("1e3", scale: 2) == nil)
        #expect(Cents.parseDecimal("", scale: 2) == nil)
        #expect(Cents.parseDecimal(".", scale: 2) == nil)
        #expect(Cents.parseDecimal("99999999999999999999", scale: 2) == nil)
    }

    @Test func currencyCodesAreThreeCapitalLetters() {
        #expect(CurrencyCode("EUR")?.description == "EUR")
        #expect(CurrencyCode("eur") == nil)
        #expect(CurrencyCode("EURO") == nil)
        #expect(CurrencyCode("E1R") == nil)
        #expect(CurrencyCode("") == nil)
    }
}
