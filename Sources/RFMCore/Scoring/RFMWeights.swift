/// Weights of the composite score (SPEC §4), in ten-thousandths so arithmetic stays exact:
/// rfm_score = round(20 × (w_R·R + w_F·F + w_M·M)), half away from zero, range 20…100.
public struct RFMWeights: Sendable, Equatable, CustomStringConvertible {
    public let recency: Int
    public let frequency: Int
    public let monetary: Int

    public static let denominator = 10_000

    /// The seed's 0.35 / 0.40 / 0.25: exactly 7R + 8F + 5M.
    public static let tracklayer = RFMWeights(uncheckedRecency: 3500, frequency: 4000, monetary: 2500)

    /// Nil unless every weight is positive and they sum to exactly 1.
    public init?(recency: Int, frequency: Int, monetary: Int) {
        guard recency > 0, frequency > 0, monetary > 0, recency + frequency + monetary == Self.denominator else { return nil }
        self.init(uncheckedRecency: recency, frequency: frequency, monetary: monetary)
    }

    private init(uncheckedRecency recency: Int, frequency: Int, monetary: Int) {
        self.recency = recency
        self.frequency = frequency
        self.monetary = monetary
    }

    @inline(__always)
    public func composite(r: Int, f: Int, m: Int) -> Int {
        let weighted = 20 * (recency * r + frequency * f + monetary * m)
        return (weighted + Self.denominator / 2) / Self.denominator  // all terms positive: half up = half away
    }

    /// "0.35/0.4/0.25"
    public var description: String {
        [recency, frequency, monetary].map(Self.decimal).joined(separator: "/")
    }

    /// Ten-thousandths as a plain decimal without trailing zeros: 3500 -> "0.35".
    public static func decimal(_ tenThousandths: Int) -> String {
        Cents.formatDecimal(Int64(tenThousandths), scale: 4, trimmingZeros: true)
    }
}
