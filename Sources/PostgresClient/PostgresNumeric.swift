/// PostgreSQL's binary `numeric`: int16 ndigits, int16 weight, uint16 sign, int16 dscale, then
/// ndigits base-10000 digits, most significant first; value = Σ digit[i] × 10000^(weight − i).
public enum PostgresNumeric {
    /// What a numeric field holds, measured in whole cents.
    public enum Cents: Equatable, Sendable {
        case cents(Int64)
        /// Has a non-zero digit below the cent (12.345).
        case fractionOfCent
        case notANumber
        case infinite
        /// Too large for 64-bit cents.
        case outOfRange
    }

    static let positive: UInt16 = 0x0000
    static let negative: UInt16 = 0x4000
    static let nan: UInt16 = 0xC000

    /// Reads a binary numeric as cents, exactly or not at all.
    public static func cents(fromField field: UnsafeRawBufferPointer) throws -> Cents {
        guard field.count >= 8 else {
            throw PostgresError(kind: .protocolViolation, message: "numeric field is \(field.count) bytes")
        }
        func int16(at offset: Int) -> Int { Int(UInt16(field[offset]) << 8 | UInt16(field[offset + 1])) }
        let digitCount = int16(at: 0)
        let weight = Int(Int16(truncatingIfNeeded: int16(at: 2)))
        let sign = UInt16(int16(at: 4))
        guard field.count == 8 + 2 * digitCount else {
            throw PostgresError(kind: .protocolViolation, message: "numeric field length does not match its digits")
        }
        switch sign {
        case positive, negative: break
        case nan: return .notANumber
        default: return .infinite  // 0xD000 +Infinity, 0xF000 -Infinity
        }
        func digit(_ index: Int) -> Int64 { index < digitCount ? Int64(int16(at: 8 + 2 * index)) : 0 }

        // Integer part, Horner-style over powers weight…0 (trailing zero digits are not sent).
        var units: Int64 = 0
        if weight >= 0 {
            for index in 0...weight {
                let (shifted, overflow1) = units.multipliedReportingOverflow(by: 10_000)
                let (sum, overflow2) = shifted.addingReportingOverflow(digit(index))
                if overflow1 || overflow2 { return .outOfRange }
                units = sum
            }
        }
        // Fraction: the 10000^-1 digit holds the cents in its top two decimals; below, only zeros.
        var fractionCents: Int64 = 0
        for index in max(0, weight + 1)..<max(max(0, weight + 1), digitCount) {
            let value = digit(index)
            if weight - index == -1 {
                guard value % 100 == 0 else { return .fractionOfCent }
                fractionCents = value / 100
            } else if value != 0 {
                return .fractionOfCent
            }
        }
        let (scaled, overflow1) = units.multipliedReportingOverflow(by: 100)
        let (cents, overflow2) = scaled.addingReportingOverflow(fractionCents)
        if overflow1 || overflow2 { return .outOfRange }
        return .cents(sign == negative ? -cents : cents)
    }

    /// Appends a length-prefixed binary numeric with scale 2 holding `cents`, without allocating:
    /// this runs three times per output row.
    static func encode(cents: Int64, into bytes: inout [UInt8]) {
        // |cents| < 2^63 has at most 5 base-10000 groups before the point, plus one after.
        withUnsafeTemporaryAllocation(of: UInt16.self, capacity: 6) { digits in
            var integerPart = cents.magnitude / 100
            var integerGroups = 0
            while integerPart > 0 {  // least significant first; reversed below
                digits[integerGroups] = UInt16(integerPart % 10_000)
                integerPart /= 10_000
                integerGroups += 1
            }
            var low = 0, high = integerGroups - 1
            while low < high {
                digits.swapAt(low, high)
                low += 1
                high -= 1
            }
            var count = integerGroups
            let fraction = UInt16(cents.magnitude % 100) * 100  // 0.XY is XY00 / 10000
            if fraction != 0 {
                digits[count] = fraction
                count += 1
            }
            while count > 0, digits[count - 1] == 0 { count -= 1 }  // the server strips them too
            let weight = count == 0 ? 0 : (integerGroups == 0 ? -1 : integerGroups - 1)
            append(Int32(8 + 2 * count), to: &bytes)
            append(Int16(count), to: &bytes)
            append(Int16(weight), to: &bytes)
            append(cents < 0 ? negative : positive, to: &bytes)
            append(Int16(2), to: &bytes)
            for index in 0..<count { append(digits[index], to: &bytes) }
        }
    }

    @inline(__always)
    private static func append<T: FixedWidthInteger>(_ value: T, to bytes: inout [UInt8]) {
        withUnsafeBytes(of: value.bigEndian) { bytes.append(contentsOf: $0) }
    }
}
