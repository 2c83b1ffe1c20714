import Testing
@testable import RFMCore

@Suite struct CivilDateTests {
    @Test func unixDaysOfKnownDates() {
        #expect(CivilDate(year: 1970, month: 1, day: 1)?.unixDay == 0)
        #expect(CivilDate(year: 2000, month: 1, day: 1)?.unixDay == 10_957)
        // Python: (date(2026, 11, 24) - date(1970, 1, 1)).days
        #expect(CivilDate(year: 2026, month: 11, day: 24)?.unixDay == 20_781)
        #expect(CivilDate(year: 1969, month: 12, day: 31)?.unixDay == -1)
    }

    @Test func roundTripsThroughComponentsAcrossLeapYears() {
        for day in stride(from: Int64(-800), through: 40_000, by: 7) {
            let date = CivilDate(unixDay: day)
            let (year, month, dayOfMonth) = date.components
            #expect(CivilDate(year: year, month: month, day: dayOfMonth) == date)
        }
        #expect(CivilDate(iso: "2024-02-29")?.description == "2024-02-29")
        #expect(CivilDate(iso: "2024-02-29")?.adding(days: 1).description == "2024-03-01")
    }

    @Test func rejectsDatesThatDoNotExist() {
        #expect(CivilDate(iso: "2026-02-29") == nil)
        #expect(CivilDate(iso: "2026-13-01") == nil)
        #expect(CivilDate(iso: "2026-1-01") == nil)
        #expect(CivilDate(iso: "26-01-01") == nil)
        #expect(CivilDate(iso: "2026-01-01T00:00") == nil)
        #expect(CivilDate(iso: "１９７０-01-01") == nil)
    }

    @Test func dateOfAnInstantUsesUTCDays() {
        let microsecondsPerDay = CivilDate.microsecondsPerDay
        #expect(CivilDate(containingUnixMicroseconds: 0).unixDay == 0)
        #expect(CivilDate(containingUnixMicroseconds: microsecondsPerDay - 1).unixDay == 0)
        #expect(CivilDate(containingUnixMicroseconds: microsecondsPerDay).unixDay == 1)
        // Before 1970 the day still starts at midnight: floor, not truncation toward zero.
        #expect(CivilDate(containingUnixMicroseconds: -1).unixDay == -1)
        #expect(CivilDate(containingUnixMicroseconds: -microsecondsPerDay).unixDay == -1)
        #expect(CivilDate(containingUnixMicroseconds: -microsecondsPerDay - 1).unixDay == -2)
    }
}
