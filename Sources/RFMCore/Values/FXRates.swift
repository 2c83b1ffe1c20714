/// Static multipliers to USD (`fx_rates.usd_rate`, numeric(12,6)), held as millionths.
public struct FXRates: Sendable, Equatable {
    /// USD per unit of the currency × 1,000,000.
    public private(set) var micros: [CurrencyCode: Int64]

    public static let microsPerUnit: Int64 = 1_000_000

    public init(micros: [CurrencyCode: Int64]) { self.micros = micros }

    /// The rates the seed ships with: USD 1.0, EUR 0.92, GBP 1.18.
    public static let seed = FXRates(micros: [.usd: 1_000_000, .eur: 920_000, .gbp: 1_180_000])

    public func rateMicros(for currency: CurrencyCode) -> Int64? { micros[currency] }

    public mutating func set(_ currency: CurrencyCode, micros rate: Int64) { micros[currency] = rate }

    /// round(amount × rate, 2), half away from zero, exactly. A currency without a rate counts 1.0
    /// (SPEC §1); the caller records that as a data-quality warning.
    /// Nil when the result does not fit 64-bit cents.
    @inline(__always)
    public static func usdCents(amountCents: Int64, rateMicros: Int64) -> Int64? {
        if rateMicros == microsPerUnit { return amountCents }
        let product = Int128(amountCents) * Int128(rateMicros)
        return Int64(exactly: Cents.divideRounded(product, by: Int128(microsPerUnit)))
    }
}
