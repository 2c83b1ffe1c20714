/// Reads an `amount` written as text into whole cents, exactly, the way PostgreSQL's `numeric`
/// input reads it: surrounding blanks, a sign, `.5`, `5.`, an exponent (`1.2e3`), `NaN` and
/// `Infinity` in any case. The reading is the same `AmountReading` the database path produces,
/// so the accumulator skips and counts the same rows: a negative amount as `negative_amount`,
/// 12.345 as `fraction_of_cent`, NaN as `amount_not_a_number`, ±Infinity or a value beyond
/// 64-bit cents as `amount_out_of_range`. Text that is no number at all reads as not a number.
public enum AmountText {
    public static func parse(_ text: UnsafeRawBufferPointer) -> AmountReading {
        var bytes = text[...]
        while let first = bytes.first, isBlank(first) { bytes = bytes.dropFirst() }
        while let last = bytes.last, isBlank(last) { bytes = bytes.dropLast() }
        var negative = false
        if let first = bytes.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") {
            negative = first == UInt8(ascii: "-")
            bytes = bytes.dropFirst()
        }
        if let first = bytes.first, first | 0x20 == UInt8(ascii: "n") || first | 0x20 == UInt8(ascii: "i") {
            let word = String(decoding: bytes, as: UTF8.self).lowercased()
            return word == "infinity" || word == "inf" ? .outOfRange : .notANumber  // NaN, or no number
        }

        // Significant digits, how many of them follow the point, and the exponent.
        var digits: [UInt8] = []
        var fractionDigits = 0
        var sawDigit = false, sawPoint = false
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte >= 0x30 && byte <= 0x39 {
                sawDigit = true
                if !(digits.isEmpty && byte == 0x30) { digits.append(byte - 0x30) }  // drop leading zeros
                if sawPoint { fractionDigits += 1 }
            } else if byte == UInt8(ascii: "."), !sawPoint {
                sawPoint = true
            } else {
                break
            }
            index += 1
        }
        guard sawDigit else { return .notANumber }
        var exponent = 0
        if index < bytes.endIndex {
            guard bytes[index] | 0x20 == UInt8(ascii: "e") else { return .notANumber }
            index += 1
            var exponentNegative = false
            if index < bytes.endIndex, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
                exponentNegative = bytes[index] == UInt8(ascii: "-")
                index += 1
            }
            guard index < bytes.endIndex else { return .notANumber }
            while index < bytes.endIndex {
                let byte = bytes[index]
                guard byte >= 0x30 && byte <= 0x39 else { return .notANumber }
                exponent = min(exponent * 10 + Int(byte - 0x30), 1_000_000)  // far beyond any cent value
                index += 1
            }
            if exponentNegative { exponent = -exponent }
        }
        if digits.isEmpty { return .cents(0) }

        // value = digits × 10^(exponent − fractionDigits); in cents, shift by two more.
        let shift = exponent - fractionDigits + 2
        var kept = digits[...]
        if shift < 0 {
            let dropped = -shift
            if dropped >= digits.count { return .fractionOfCent }  // a non-zero digit lies below the cent
            guard digits.suffix(dropped).allSatisfy({ $0 == 0 }) else { return .fractionOfCent }
            kept = digits.dropLast(dropped)
        } else if digits.count + shift > 19 {
            return .outOfRange
        }
        var cents: Int64 = 0
        for digit in kept.map(Int64.init) + Array(repeating: 0, count: max(shift, 0)) {
            let (shifted, overflow1) = cents.multipliedReportingOverflow(by: 10)
            let (sum, overflow2) = shifted.addingReportingOverflow(digit)
            if overflow1 || overflow2 { return .outOfRange }
            cents = sum
        }
        return .cents(negative ? -cents : cents)
    }

    @inline(__always)
    static func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || (0x09...0x0D).contains(byte) }
}
