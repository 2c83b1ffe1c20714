/// frequency_decay = 0.95 ^ (recency_days / 30) (SPEC §5), evaluated once per recency to
/// 16 decimal places, rounded half up. The factor is irrational for most recencies, so some
/// precision has to be chosen; 16 places keep a cent exact for any monetary below $10^11, and a
/// plain SQL `round(power(0.95::numeric(40,38), r / 30.0), 16)` reproduces every value.
public struct FrequencyDecay: Sendable {
    public static let scale: Int64 = 10_000_000_000_000_000

    /// 0.95^(r/30) × 10^16 for r = 0…maxDays.
    public let scaledFactors: [Int64]

    /// 0.95^(1/30) to 36 places, from Python's `decimal` at 80 digits (see docs/DECISIONS.md).
    static let thirtiethRootOf095: UInt128 = 998_291_684_355_534_265_662_155_062_035_067_444
    static let one: UInt128 = 1_000_000_000_000_000_000_000_000_000_000_000_000  // 10^36

    public init(maxDays: Int) {
        // Powers of the root at 36 places: each step's rounding error is below 10^-36, far
        // under the 16th place even after thousands of steps.
        var factors: [Int64] = []
        factors.reserveCapacity(maxDays + 1)
        var power = Self.one
        let toSixteenPlaces: UInt128 = 100_000_000_000_000_000_000  // 10^20
        for _ in 0...maxDays {
            let (quotient, remainder) = power.quotientAndRemainder(dividingBy: toSixteenPlaces)
            factors.append(Int64(remainder * 2 >= toSixteenPlaces ? quotient + 1 : quotient))
            let (high, low) = power.multipliedFullWidth(by: Self.thirtiethRootOf095)
            let (next, rest) = Self.one.dividingFullWidth((high, low))
            power = rest * 2 >= Self.one ? next + 1 : next
        }
        scaledFactors = factors
    }

    public subscript(recencyDays: Int) -> Int64 { scaledFactors[recencyDays] }
}
