import Testing
@testable import RFMCore

@Suite struct PredictiveLTVTests {
    let ltv = PredictiveLTV(horizonDays: 365, windowDays: 365)

    /// The seed's example, per SPEC §5's erratum "follow the formula": monetary $1,240,
    /// 42 days since the last purchase, 4 months' (120 days') tenure.
    ///   decay  = 0.95^(42/30) = 0.9307071437529184 (16 places; Python decimal, 60 digits)
    ///   cohort = 0.94 − 0.005 × 120/30 = 0.92
    ///   1240 × 0.9307071437529184 × 0.92 = 1061.7507… -> $1,061.75
    /// SPEC's erratum prints 0.9306 and $1,061.65; 0.95^1.4 is 0.93071, and even its own
    /// 1240 × 0.9306 × 0.92 is 1061.63, so the formula's $1,061.75 is what we assert.
    @Test func seedExampleFollowsTheFormula() {
        #expect(ltv.cents(monetaryCents: 124_000, recencyDays: 42, tenureDays: 120) == 106_175)
    }

    @Test func rationalCasesAreExact() {
        // 30 days: decay exactly 0.95; new customer (tenure 0): cohort 0.94. 100 × 0.95 × 0.94 = 89.30
        #expect(ltv.cents(monetaryCents: 10_000, recencyDays: 30, tenureDays: 0) == 8930)
        // 60 days: 0.9025; tenure ≥ 540: 0.85. 100 × 0.9025 × 0.85 = 76.7125 -> 76.71
        #expect(ltv.cents(monetaryCents: 10_000, recencyDays: 60, tenureDays: 540) == 7671)
        #expect(ltv.cents(monetaryCents: 10_000, recencyDays: 60, tenureDays: 5000) == 7671)
        // 90 days: 0.857375; tenure 270: 0.94 − 0.045 = 0.895. 200 × 0.857375 × 0.895 = 153.470125
        #expect(ltv.cents(monetaryCents: 20_000, recencyDays: 90, tenureDays: 270) == 15_347)
        // An exact half cent rounds away from zero: 5.00 × 0.95 × 0.94 = 4.465 -> 4.47
        #expect(ltv.cents(monetaryCents: 500, recencyDays: 30, tenureDays: 0) == 447)
        #expect(ltv.cents(monetaryCents: 0, recencyDays: 1, tenureDays: 1) == 0)
    }

    @Test func cohortFactorMatchesTheSeedsAnchors() {
        #expect(PredictiveLTV.cohortNumerator(tenureDays: 0) == 5640)    // 0.94
        #expect(PredictiveLTV.cohortNumerator(tenureDays: 120) == 5520)  // 0.92, "4 months"
        #expect(PredictiveLTV.cohortNumerator(tenureDays: 540) == 5100)  // 0.85, "18 months" cap
        #expect(PredictiveLTV.cohortNumerator(tenureDays: 900) == 5100)
    }

    @Test func horizonScalesTheProjection() {
        let twoYears = PredictiveLTV(horizonDays: 730, windowDays: 365)
        #expect(twoYears.cents(monetaryCents: 10_000, recencyDays: 30, tenureDays: 0) == 17_860)
        let quarter = PredictiveLTV(horizonDays: 90, windowDays: 90)
        #expect(quarter.cents(monetaryCents: 10_000, recencyDays: 30, tenureDays: 0) == 8930)
    }

    /// 0.95^(r/30) to 16 places, from Python's decimal module at 60 digits (ROUND_HALF_UP).
    @Test(arguments: [
        (0, 10_000_000_000_000_000 as Int64), (1, 9_982_916_843_555_343), (29, 9_516_256_770_317_486),
        (30, 9_500_000_000_000_000), (42, 9_307_071_437_529_184), (60, 9_025_000_000_000_000),
        (90, 8_573_750_000_000_000), (365, 5_357_603_023_464_963), (3650, 19_485_219_844_654),
    ])
    func decayFactorsToSixteenPlaces(recency: Int, expected: Int64) {
        #expect(FrequencyDecay(maxDays: 3650)[recency] == expected)
    }

    @Test func hugeMonetaryDoesNotTrap() {
        let value = ltv.cents(monetaryCents: Int64.max / 2, recencyDays: 1, tenureDays: 1)
        #expect(value != nil)
    }
}
