/// Reads an `occurred_at` written as text: ISO 8601 / RFC 3339 and PostgreSQL's own output.
///
///     2026-02-10                        midnight UTC (a `date` column reads the same way)
///     2026-02-10 09:30 | 2026-02-10T09:30:00 | …T09:30:00.123456
///     …Z | …+00 | …+02:00 | …-0530 | … UTC    a zone; none means UTC, as the job reads `timestamp`
///     infinity | -infinity              no instant: skipped as `infinite_time`
///
/// Nil for anything else, including more than six fractional digits (PostgreSQL would round
/// them; this reader refuses rather than guess) and zone names other than UTC/GMT.
public enum InstantText {
    public static func parse(_ text: UnsafeRawBufferPointer) -> EventTime? {
        var scanner = Scanner(text)
        scanner.skipBlanks()
        if let word = scanner.restLowercasedIfLetters() {
            return ["infinity", "+infinity", "-infinity"].contains(word) ? .infinite : nil
        }
        guard let year = scanner.digits(exactly: 4), scanner.take("-"),
              let month = scanner.digits(exactly: 2), scanner.take("-"),
              let day = scanner.digits(exactly: 2),
              let date = CivilDate(year: year, month: month, day: day)
        else { return nil }
        var micros = date.startUnixMicroseconds
        if scanner.take("T") || scanner.take("t") || (scanner.peek(" ") && scanner.peekDigit(at: 1) && scanner.take(" ")) {
            guard let hour = scanner.digits(exactly: 2), scanner.take(":"), let minute = scanner.digits(exactly: 2) else { return nil }
            var second = 0, fraction = 0
            if scanner.take(":") {
                guard let whole = scanner.digits(exactly: 2) else { return nil }
                second = whole
                if scanner.take(".") || scanner.take(",") {
                    guard let (value, count) = scanner.digitRun(), count <= 6 else { return nil }
                    fraction = value * power10(6 - count)
                }
            }
            // 24:00:00 is the next midnight and :60 a leap second, as PostgreSQL reads them.
            guard hour < 24 || (hour == 24 && minute == 0 && second == 0 && fraction == 0), minute < 60, second <= 60 else { return nil }
            micros += Int64(hour * 3600 + minute * 60 + second) * 1_000_000 + Int64(fraction)
        }
        guard let offsetSeconds = scanner.zoneOffset() else { return nil }
        scanner.skipBlanks()
        guard scanner.isAtEnd else { return nil }
        return .unixMicroseconds(micros - Int64(offsetSeconds) * 1_000_000)
    }

    static func power10(_ exponent: Int) -> Int { (0..<exponent).reduce(1) { value, _ in value * 10 } }

    /// A cursor over the text, one ASCII byte at a time.
    struct Scanner {
        let bytes: UnsafeRawBufferPointer
        var index = 0

        init(_ bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

        var isAtEnd: Bool { index >= bytes.count }

        mutating func skipBlanks() { while !isAtEnd, AmountText.isBlank(bytes[index]) { index += 1 } }

        func peek(_ character: Unicode.Scalar) -> Bool { !isAtEnd && bytes[index] == UInt8(ascii: character) }

        func peekDigit(at offset: Int) -> Bool {
            index + offset < bytes.count && (0x30...0x39).contains(bytes[index + offset])
        }

        mutating func take(_ character: Unicode.Scalar) -> Bool {
            guard peek(character) else { return false }
            index += 1
            return true
        }

        mutating func digits(exactly count: Int) -> Int? {
            guard index + count <= bytes.count else { return nil }
            var value = 0
            for offset in 0..<count {
                let byte = bytes[index + offset]
                guard (0x30...0x39).contains(byte) else { return nil }
                value = value * 10 + Int(byte - 0x30)
            }
            index += count
            return value
        }

        /// One or more digits: their value (if it fits) and how many there were.
        mutating func digitRun() -> (Int, Int)? {
            var value = 0, count = 0
            while !isAtEnd, (0x30...0x39).contains(bytes[index]) {
                if count < 18 { value = value * 10 + Int(bytes[index] - 0x30) }
                count += 1
                index += 1
            }
            return count == 0 ? nil : (value, count)
        }

        /// The whole remaining text, lowercased, if it starts with a letter or a signed letter.
        func restLowercasedIfLetters() -> String? {
            var start = index
            if start < bytes.count, bytes[start] == UInt8(ascii: "-") || bytes[start] == UInt8(ascii: "+") { start += 1 }
            guard start < bytes.count, (bytes[start] | 0x20) >= UInt8(ascii: "a"), (bytes[start] | 0x20) <= UInt8(ascii: "z") else { return nil }
            var end = bytes.count
            while end > index, AmountText.isBlank(bytes[end - 1]) { end -= 1 }
            return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[index..<end]), as: UTF8.self).lowercased()
        }

        /// Seconds east of UTC: 0 without a zone; nil for a zone it cannot read.
        mutating func zoneOffset() -> Int? {
            skipBlanks()
            if isAtEnd || take("Z") || take("z") { return 0 }
            for name in ["UTC", "GMT", "utc", "gmt"] where matches(name) {
                index += 3
                return 0
            }
            let sign: Int
            if take("-") { sign = -1 } else if take("+") { sign = 1 } else { return nil }
            guard let hours = digits(exactly: 2), hours <= 15 else { return nil }
            var minutes = 0, seconds = 0
            if take(":") {
                guard let value = digits(exactly: 2) else { return nil }
                minutes = value
                if take(":") {
                    guard let value = digits(exactly: 2) else { return nil }
                    seconds = value
                }
            } else if let value = digits(exactly: 2) {
                minutes = value
            }
            guard minutes < 60, seconds < 60 else { return nil }
            return sign * (hours * 3600 + minutes * 60 + seconds)
        }

        func matches(_ word: String) -> Bool {
            let utf8 = Array(word.utf8)
            guard index + utf8.count <= bytes.count else { return false }
            return (0..<utf8.count).allSatisfy { bytes[index + $0] == utf8[$0] }
        }
    }
}
