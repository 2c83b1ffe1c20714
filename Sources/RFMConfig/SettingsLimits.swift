import RFMCore

/// The bounds every setting is checked against, wherever it comes from (file or command line).
public enum SettingsLimits {
    /// W: a day at least; ten years at most (events older than that are history, not behaviour).
    public static let windowDays = 1...3650
    /// H: predictive LTV may look up to a hundred years ahead, which is already absurd.
    public static let horizonDays = 1...36500
    /// The model LTV's annual discount rate, in ten-thousandths: 0 to 100 % a year.
    public static let discountRate: ClosedRange<Int64> = 0...10_000
    /// USD rates are numeric(12,6): positive and below a million.
    public static let maxRateMicros: Int64 = 999_999_999_999
    public static let quintiles = 1...5
    /// The composite rfm_score.
    public static let compositeScore = 20...100

    /// A whole number written as plain digits ("90"), or nil.
    public static func wholeNumber(_ text: String) -> Int? {
        guard !text.isEmpty, text.count <= 9, text.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(text)
    }

    /// A plain positive-or-zero decimal ("0.35", "1", "0.920000") in units of 10^-scale, or nil when it
    /// has a sign, an exponent, more significant decimals than `scale`, or is not a number at all.
    public static func unsignedDecimal(_ text: String, scale: Int) -> Int64? {
        let parts = text.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        guard let integer = parts.first, !integer.isEmpty,
              parts.count == 1 || !parts[1].isEmpty,
              text.allSatisfy({ $0 == "." || ($0.isASCII && $0.isNumber) })
        else { return nil }
        return Cents.parseDecimal(text[...], scale: scale)
    }

    /// A currency's USD rate, as `fx_rates` holds it: positive, at most 6 decimals, below 1,000,000.
    public static func rateMicros(_ text: String) -> Int64? {
        guard let micros = unsignedDecimal(text, scale: 6), micros > 0, micros <= maxRateMicros else { return nil }
        return micros
    }

    /// An annual discount rate ("0.1", "0.085") in ten-thousandths, or nil when it is not a
    /// plain decimal from 0 to 1 with at most 4 places.
    public static func discountRate(_ text: String) -> Int64? {
        guard let rate = unsignedDecimal(text, scale: 4), discountRate.contains(rate) else { return nil }
        return rate
    }

    /// "0.1" for an annual rate of 0.1: how the fingerprint and `config check` write it (the file
    /// and the command line give at most 4 places, so this is exact).
    public static func discountRateText(_ rate: Double) -> String {
        RFMWeights.decimal(Int((rate * 10_000).rounded()))
    }

    /// Names of schemes and segments: what a marketer can type and a CSV column can hold.
    public static func isName(_ text: String) -> Bool {
        !text.isEmpty && text.count <= 63
            && text.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_" || $0 == "-") }
    }

    /// "0.920000" for 920000 millionths: six places, as `fx_rates.usd_rate` (numeric(12,6)) prints.
    public static func fixedRateText(_ micros: Int64) -> String { Cents.formatDecimal(micros, scale: 6, trimmingZeros: false) }

    /// "0.73" for 730000 millionths: the shortest exact decimal.
    public static func rateText(_ micros: Int64) -> String { Cents.formatDecimal(micros, scale: 6, trimmingZeros: true) }
}
