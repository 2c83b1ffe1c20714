/// predictive_ltv = projected_monetary × frequency_decay × cohort_factor, in cents (SPEC §5):
/// - projected_monetary = monetary × H / W
/// - frequency_decay = 0.95^(recency_days / 30), to 16 places (`FrequencyDecay`)
/// - cohort_factor = max(0.85, 0.94 − 0.005 × tenure_days / 30) = (5640 − min(tenure, 540)) / 6000
/// The product is formed exactly in 256-bit integers and rounded once, half away from zero.
public struct PredictiveLTV: Sendable {
    public let horizonDays: Int
    public let windowDays: Int
    let decay: FrequencyDecay

    public init(horizonDays: Int, windowDays: Int) {
        self.horizonDays = horizonDays
        self.windowDays = windowDays
        decay = FrequencyDecay(maxDays: windowDays)
    }

    /// The cohort factor's numerator over 6000: 5640 (0.94) for a new customer, 5100 (0.85) from 540 days.
    @inline(__always)
    public static func cohortNumerator(tenureDays: Int) -> Int { 5640 - min(max(tenureDays, 0), 540) }

    /// Nil only if the value does not fit 64-bit cents.
    public func cents(monetaryCents: Int64, recencyDays: Int, tenureDays: Int) -> Int64? {
        let rational = UInt128(monetaryCents) * UInt128(horizonDays) * UInt128(Self.cohortNumerator(tenureDays: tenureDays))
        let (high, low) = rational.multipliedFullWidth(by: UInt128(decay[recencyDays]))
        let denominator = UInt128(windowDays) * 6000 * UInt128(FrequencyDecay.scale)
        let (quotient, remainder) = denominator.dividingFullWidth((high, low))
        return Int64(exactly: remainder * 2 >= denominator ? quotient + 1 : quotient)
    }
}
