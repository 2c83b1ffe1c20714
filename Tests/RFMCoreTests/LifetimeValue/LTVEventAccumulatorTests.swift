import Testing
@testable import RFMCore

/// The models' calibration data from raw rows, on hand-made events: as-of 2026-11-24, window
/// [2025-11-24, 2026-11-24), the seed's rates (EUR 0.92, GBP 1.18). Day counts by hand.
@Suite struct LTVEventAccumulatorTests {
    static let asOf = CivilDate(iso: "2026-11-24")!
    static func day(_ iso: String, hour: Int = 12) -> Int64 { CivilDate(iso: iso)!.at(hour: hour) }

    static func calibrate(_ events: [TestEvent], settings: ScoringSettings = .default) throws -> LTVMerchantData {
        var accumulator = LTVEventAccumulator(
            window: ScoringWindow(asOf: asOf, days: settings.windowDays), settings: settings, rates: .seed
        )
        for event in events { event.withRow { accumulator.add($0) } }
        return try accumulator.finish()
    }

    /// u: purchase days 2025-01-10 (twice that day, before the window), 2026-03-01 (an order
    /// and a repeated copy of it, and a second order), 2026-06-15; a refund in the window.
    static let u: [TestEvent] = [
        TestEvent("u1", user: "u", at: day("2025-01-10", hour: 9), cents: 10_000),
        TestEvent("u2", user: "u", at: day("2025-01-10", hour: 18), cents: 5_000),
        TestEvent("u3", user: "u", at: day("2026-03-01"), cents: 1_000),
        TestEvent("u3", user: "u", at: day("2026-03-01"), cents: 1_000),
        TestEvent("u4", user: "u", at: day("2026-03-01", hour: 20), cents: 2_000),
        TestEvent("u5", user: "u", at: day("2026-06-15"), cents: 3_000),
        TestEvent("u6", user: "u", at: day("2026-07-01"), cents: 1_500, kind: "refund"),
    ]

    @Test func purchaseDaysOverAllHistoryAndSpendOverTheWindow() throws {
        let data = try Self.calibrate(Self.u)
        let customer = try #require(data.calibration.customers.first)
        // 3 distinct days → x = 2; 2025-01-10 → 2026-06-15 is 365 + 156 = 521 days; → 2026-11-24 is 365 + 318 = 683.
        #expect(customer.history == (try PurchaseHistory(repeatPurchases: 2, lastPurchaseWeek: 521.0 / 7, ageWeeks: 683.0 / 7)))
        // Window: two repeat days, 10 + 20 + 30 = 60.00 bought (the copy of u3 once), 15.00 refunded:
        // 6000 × (4500 / 6000) / 2 = 2250 cents a repeat day. Spend before the window is not used.
        #expect(customer.spendDays == 2)
        #expect(customer.meanSpendCents == 2250)
        #expect(customer.windowPurchaseDays == 2)
        #expect(data.scoredCalibrationIndex == [0])
        #expect(data.measures.customers.first?.frequency == 3)
    }

    @Test func theFirstPurchaseDayIsNeverARepeatDay() throws {
        let data = try Self.calibrate([
            TestEvent("v1", user: "v", at: Self.day("2026-01-05", hour: 8), cents: 5_000),
            TestEvent("v2", user: "v", at: Self.day("2026-01-05", hour: 21), cents: 700),   // same day as the first
            TestEvent("v3", user: "v", at: Self.day("2026-02-01"), cents: 2_000),
            TestEvent("v4", user: "v", at: Self.day("2026-02-01"), cents: 1_000, currency: "EUR"), // 9.20
        ])
        let customer = try #require(data.calibration.customers.first)
        #expect(customer.history.repeatPurchases == 1)
        #expect(customer.history.lastPurchaseWeek == 27.0 / 7)
        #expect(customer.history.ageWeeks == 323.0 / 7)
        #expect(customer.spendDays == 1)
        #expect(customer.meanSpendCents == 2_920)
        #expect(customer.windowPurchaseDays == 2)
    }

    @Test func conflictingCopiesMarkTheirDayButAddNoSpend() throws {
        let rows = [
            TestEvent("k0", user: "k", at: Self.day("2026-01-01"), cents: 1_000),
            TestEvent("kx", user: "k", at: Self.day("2026-04-01"), cents: 1_000),
            TestEvent("kx", user: "k", at: Self.day("2026-04-01"), cents: 1_100),
            TestEvent("k1", user: "k", at: Self.day("2026-05-01"), cents: 3_000),
        ]
        let customer = try #require(try Self.calibrate(rows).calibration.customers.first)
        #expect(customer.history.repeatPurchases == 2)
        #expect(customer.spendDays == 2)
        #expect(customer.meanSpendCents == 1_500)  // 30.00 over two repeat days
    }

    @Test func refundsThatCancelTheWindowLeaveNoMeanSpend() throws {
        let customer = try #require(try Self.calibrate([
            TestEvent("a", user: "r", at: Self.day("2026-01-01"), cents: 1_000),
            TestEvent("b", user: "r", at: Self.day("2026-02-01"), cents: 1_000),
            TestEvent("c", user: "r", at: Self.day("2026-03-01"), cents: 5_000, kind: "refund"),
        ]).calibration.customers.first)
        #expect(customer.spendDays == 1)
        #expect(customer.meanSpendCents == 0)
        #expect(customer.spendHistory == nil)
    }

    @Test func everyoneWithAPurchaseIsCalibratedOnlyWindowBuyersAreScored() throws {
        let data = try Self.calibrate([
            TestEvent("o1", user: "old", at: Self.day("2024-02-01"), cents: 1_000),       // before the window only
            TestEvent("o2", user: "old", at: Self.day("2024-05-01"), cents: 1_000),
            TestEvent("r1", user: "refunder", at: Self.day("2026-02-01"), kind: "refund"), // no purchase: not a customer
            TestEvent("bad", user: "broken", at: Self.day("2026-02-01"), cents: -5),        // skipped
            TestEvent("n1", user: "new", at: Self.day("2026-11-23", hour: 23)),
        ])
        #expect(data.calibration.customers.map(\.userKey) == ["new", "old"])
        #expect(data.measures.customers.map(\.userKey) == ["new"])
        #expect(data.scoredCalibrationIndex == [0])
        let old = data.calibration.customers[1]
        #expect(old.history == (try PurchaseHistory(repeatPurchases: 1, lastPurchaseWeek: 90.0 / 7, ageWeeks: 1027.0 / 7)))
        #expect(old.spendDays == 0 && old.meanSpendCents == 0 && old.windowPurchaseDays == 0)
        #expect(data.calibration.customers[0].history == (try PurchaseHistory(repeatPurchases: 0, lastPurchaseWeek: 0, ageWeeks: 1.0 / 7)))
        #expect(data.measures.quality.skipped == [.negativeAmount: 1])
    }

    /// Rows come in any order: same histories, same spend, same measures as the plain nightly run.
    @Test func rowOrderChangesNothingAndTheMeasuresAreTheNightlyRunsOwn() throws {
        var random = SplitMix64(state: 42)
        var rows: [TestEvent] = Self.u
        for index in 0..<400 {
            let user = "c\(index % 37)"
            let day = CivilDate(iso: "2024-06-01")!.adding(days: Int(random.next() % 900))
            let kind = random.next() % 10 == 0 ? "refund" : "purchase"
            let currency = ["USD", "EUR", "GBP"][Int(random.next() % 3)]
            rows.append(TestEvent("g\(index % 390)", user: user, at: day.at(hour: Int(random.next() % 24)),
                                  cents: Int64(random.next() % 20_000), currency: currency, kind: kind))
        }
        let reference = try Self.calibrate(rows)
        #expect(reference.calibration.customers.count > 30)
        #expect(reference.measures.customers == (try measure(rows)).customers)
        for _ in 0..<5 {
            rows.shuffle(using: &random)
            let shuffled = try Self.calibrate(rows)
            #expect(shuffled.calibration.customers == reference.calibration.customers)
            #expect(shuffled.measures.customers == reference.measures.customers)
            #expect(shuffled.scoredCalibrationIndex == reference.scoredCalibrationIndex)
        }
        // Every scored customer points at its own calibration entry.
        for (measures, index) in zip(reference.measures.customers, reference.scoredCalibrationIndex) {
            #expect(reference.calibration.customers[index].userKey == measures.userKey)
        }
    }

    @Test func purchaseDaysGrowAndCountDistinctPairs() {
        var days = PurchaseDays(windowStartDay: 100, expectedPairs: 4)
        var expected: [Int: Set<Int32>] = [:]
        var random = SplitMix64(state: 7)
        for _ in 0..<200_000 {
            let customer = Int(random.next() % 5_000)
            let day = Int32(random.next() % 200)
            days.note(customer: customer, day: day)
            expected[customer, default: []].insert(day)
        }
        #expect(days.pairCount == expected.values.reduce(0) { $0 + $1.count })
        for (customer, set) in expected {
            #expect(Int(days.days[customer]) == set.count)
            #expect(Int(days.windowDays[customer]) == set.count { $0 >= 100 })
            #expect(days.lastDay[customer] == set.max())
        }
    }
}
