/// Money is whole cents in `Int64`; every conversion rounds once, half away from zero, in integers.
public enum Cents {
    /// `numerator / denominator` rounded half away from zero (denominator > 0).
    @inline(__always)
    public static func divideRounded(_ numerator: Int128, by denominator: Int128) -> Int128 {
        let (quotient, remainder) = numerator.quotientAndRemainder(dividingBy: denominator)
        guard remainder.magnitude * 2 >= denominator.magnitude else { return quotient }
        return numerator < 0 ? quotient - 1 : quotient + 1
    }

    /// The mean of `count` amounts adding up to `totalCents`, rounded half away from zero; 0 for
    /// no amounts.
    public static func average(_ totalCents: Int64, over count: Int) -> Int64 {
        count == 0 ? 0 : Int64(divideRounded(Int128(totalCents), by: Int128(count)))
    }

    /// "1234.56", "-0.05", "0.00".
    public static func format(_ cents: Int64) -> String {
        let sign = cents < 0 ? "-" : ""
        let magnitude = cents.magnitude
        let fraction = magnitude % 100
        return "\(sign)\(magnitude / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }

    /// "1,234.56": for people, not for files.
    public static func formatGrouped(_ cents: Int64) -> String {
        let plain = format(cents)
        let sign = plain.hasPrefix("-") ? "-" : ""
        let unsigned = plain.dropFirst(sign.count)
        let dot = unsigned.firstIndex(of: ".")!
        var integer = String(unsigned[..<dot])
        var grouped = ""
        while integer.count > 3 {
            grouped = "," + integer.suffix(3) + grouped
            integer.removeLast(3)
        }
        return sign + integer + grouped + unsigned[dot...]
    }

    /// A non-negative amount in units of 10^-scale as a plain decimal: all `scale` places
    /// (920000, 6 -> "0.920000"), or without trailing zeros but at least one (-> "0.92"; 0 -> "0.0").
    public static func formatDecimal(_ units: Int64, scale: Int, trimmingZeros: Bool) -> String {
        var unit: Int64 = 1
        for _ in 0..<scale { unit *= 10 }
        var fraction = String(units % unit)
        fraction = String(repeating: "0", count: scale - fraction.count) + fraction
        if trimmingZeros {
            while fraction.hasSuffix("0") { fraction.removeLast() }
            if fraction.isEmpty { fraction = "0" }
        }
        return "\(units / unit).\(fraction)"
    }

    /// Parses a plain decimal ("12", "12.5", "-0.07") into units of 10^-scale, exactly:
    /// nil when it is malformed, has more significant decimals than `scale`, or overflows.
    public static func parseDecimal(_ text: Substring, scale: Int) -> Int64? {
        var rest = text[...]
        var negative = false
        if let first = rest.first, first == "-" || first == "+" {
            negative = first == "-"
            rest = rest.dropFirst()
        }
        let pieces = rest.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let integerDigits = pieces[0]
        var fractionDigits = pieces.count > 1 ? pieces[1] : ""
        guard !(integerDigits.isEmpty && fractionDigits.isEmpty),
              (integerDigits + fractionDigits).allSatisfy({ $0.isASCII && $0.isNumber })
        else { return nil }
        while fractionDigits.count > scale, fractionDigits.last == "0" { fractionDigits = fractionDigits.dropLast() }
        guard fractionDigits.count <= scale else { return nil }
        var value: Int64 = 0
        for character in integerDigits + fractionDigits + String(repeating: "0", count: scale - fractionDigits.count) {
            let (shifted, overflow1) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflow2) = shifted.addingReportingOverflow(Int64(character.asciiValue! - 48))
            if overflow1 || overflow2 { return nil }
            value = sum
        }
        return negative ? -value : value
    }
}
