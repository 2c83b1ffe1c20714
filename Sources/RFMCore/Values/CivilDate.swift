/// A UTC calendar date, stored as days since 1970-01-01.
///
/// The job reasons in whole UTC days (as-of date, recency, tenure), so dates are integers and
/// conversions use Howard Hinnant's civil-calendar algorithms: no time zones, no Foundation.
public struct CivilDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    public static let microsecondsPerDay: Int64 = 86_400_000_000

    public let unixDay: Int64

    public init(unixDay: Int64) { self.unixDay = unixDay }

    /// The dates the job handles: what `YYYY-MM-DD` writes and PostgreSQL reads back the same
    /// way (it prints year 0 as "0001 BC"), with room for any window before them.
    public static let supported = CivilDate(year: 1, month: 1, day: 1)!...CivilDate(year: 9999, month: 12, day: 31)!

    /// The UTC date containing an instant given in microseconds since the Unix epoch.
    public init(containingUnixMicroseconds instant: Int64) {
        unixDay = instant >= 0 ? instant / Self.microsecondsPerDay : (instant + 1) / Self.microsecondsPerDay - 1
    }

    /// Nil unless year/month/day name a real date (no 2026-02-30).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= Self.daysIn(month: month, year: year) else { return nil }
        let y = Int64(month <= 2 ? year - 1 : year)
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let shiftedMonth = Int64(month > 2 ? month - 3 : month + 9)
        let dayOfYear = (153 * shiftedMonth + 2) / 5 + Int64(day) - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        unixDay = era * 146_097 + dayOfEra - 719_468
    }

    /// Parses exactly `YYYY-MM-DD`.
    public init?(iso text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
        else { return nil }
        self.init(year: year, month: month, day: day)
    }

    public var components: (year: Int, month: Int, day: Int) {
        let z = unixDay + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = Int(dayOfYear - (153 * shiftedMonth + 2) / 5 + 1)
        let month = Int(shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9)
        let year = Int(yearOfEra + era * 400) + (month <= 2 ? 1 : 0)
        return (year, month, day)
    }

    /// Midnight UTC at the start of this date, in microseconds since the Unix epoch.
    public var startUnixMicroseconds: Int64 { unixDay * Self.microsecondsPerDay }

    public func adding(days: Int) -> CivilDate { CivilDate(unixDay: unixDay + Int64(days)) }

    /// Whole days from `earlier` to `self`.
    public func days(since earlier: CivilDate) -> Int { Int(unixDay - earlier.unixDay) }

    public var description: String {
        let (year, month, day) = components
        return "\(Self.pad(year, 4))-\(Self.pad(month, 2))-\(Self.pad(day, 2))"
    }

    public static func < (lhs: CivilDate, rhs: CivilDate) -> Bool { lhs.unixDay < rhs.unixDay }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
