import Testing
@testable import RFMCore

/// Text as a purchases CSV holds it, read exactly: PostgreSQL's numeric and timestamptz input.
@Suite struct AmountAndInstantTextTests {
    static func amount(_ text: String) -> AmountReading {
        var text = text
        return text.withUTF8 { AmountText.parse(UnsafeRawBufferPointer($0)) }
    }

    static func instant(_ text: String) -> EventTime? {
        var text = text
        return text.withUTF8 { InstantText.parse(UnsafeRawBufferPointer($0)) }
    }

    @Test(arguments: [
        ("12.34", AmountReading.cents(1234)), ("12", .cents(1200)), ("12.5", .cents(1250)), ("12.340", .cents(1234)),
        ("0.05", .cents(5)), (".5", .cents(50)), ("5.", .cents(500)), ("+7", .cents(700)), (" 3.10 ", .cents(310)),
        ("-5.00", .cents(-500)), ("-0.00", .cents(0)), ("0.000", .cents(0)), ("000123.45", .cents(12345)),
        ("1e3", .cents(100_000)), ("1.25E2", .cents(12500)), ("12345e-2", .cents(12345)), ("1.5e-1", .cents(15)),
        ("12.345", .fractionOfCent), ("0.001", .fractionOfCent), ("1e-3", .fractionOfCent), ("1.2345e1", .fractionOfCent), ("1.234e1", .cents(1234)),
        ("NaN", .notANumber), ("nan", .notANumber), ("", .notANumber), ("abc", .notANumber), ("1.2.3", .notANumber),
        ("12,50", .notANumber), ("$5", .notANumber), ("1e", .notANumber), (".", .notANumber), ("--1", .notANumber),
        ("Infinity", .outOfRange), ("-inf", .outOfRange), ("92233720368547758.08", .outOfRange), ("1e30", .outOfRange),
        ("92233720368547758.07", .cents(.max)),
    ])
    func amounts(text: String, reading: AmountReading) {
        #expect(Self.amount(text) == reading, "\(text)")
    }

    static let tenThirty = CivilDate(iso: "2026-02-10")!.startUnixMicroseconds + 37_800_000_000  // 10:30 UTC

    @Test(arguments: [
        ("2026-02-10 10:30:00+00", tenThirty), ("2026-02-10T10:30:00Z", tenThirty), ("2026-02-10 10:30", tenThirty),
        ("2026-02-10t10:30:00z", tenThirty), ("2026-02-10T10:30:00 UTC", tenThirty), (" 2026-02-10 10:30:00 ", tenThirty),
        ("2026-02-10T12:30:00+02:00", tenThirty), ("2026-02-10T12:30:00+0200", tenThirty), ("2026-02-10 12:30+02", tenThirty),
        ("2026-02-10T05:00:00-05:30", tenThirty), ("2026-02-10 10:30:00.5Z", tenThirty + 500_000),
        ("2026-02-10 10:30:00.000001", tenThirty + 1), ("2026-02-10 10:30:00,25", tenThirty + 250_000),
        ("2026-02-10", tenThirty - 37_800_000_000), ("2026-02-09 24:00:00", tenThirty - 37_800_000_000),
    ])
    func instants(text: String, micros: Int64) {
        #expect(Self.instant(text) == .unixMicroseconds(micros), "\(text)")
    }

    @Test func infinityAndWhatIsNotATimestamp() {
        #expect(Self.instant("infinity") == .infinite)
        #expect(Self.instant("-Infinity") == .infinite)
        for text in ["", "yesterday", "2026-02-30", "2026-2-10", "10/02/2026", "2026-02-10 25:00", "2026-02-10 10:60",
                     "2026-02-10T10:30:00.1234567Z", "2026-02-10 10:30 Europe/Paris", "2026-02-10 10:30:00+16", "2026-02-10x"] {
            #expect(Self.instant(text) == nil, "\(text)")
        }
    }
}
