import Testing
@testable import RFMCore

/// A backfill scores each date exactly as a nightly run for that date would.
@Suite struct BackfillSeriesTests {
    /// Deterministic pseudo-random numbers (SplitMix64), so a failure reproduces.
    struct Random {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(bound))
        }
    }

    /// Events over ~500 days before `last`, with repeats, conflicting copies, refunds,
    /// currencies with and without a rate, emails, and a few invalid rows.
    static func events(seed: UInt64, last: CivilDate, count: Int) -> [TestEvent] {
        var random = Random(state: seed)
        var events: [TestEvent] = []
        for index in 0..<count {
            let user = "u\(random.next(60))"
            let instant = last.startUnixMicroseconds - Int64(random.next(500 * 24)) * 3_600_000_000 + Int64(random.next(1000))
            let currency = ["USD", "EUR", "GBP", "CAD", "usd"][random.next(5)]
            let kind = random.next(10) == 0 ? "refund" : (random.next(40) == 0 ? "chargeback" : "purchase")
            let email: String? = random.next(3) == 0 ? "\(user.uppercased())+\(random.next(3))@Example.com" : nil
            var event = TestEvent("e\(index)", user: user, at: instant, cents: Int64(random.next(20_000)), currency: currency, kind: kind, email: email)
            events.append(event)
            switch random.next(12) {
            case 0: events.append(event)                               // an identical repeat
            case 1:                                                      // a conflicting copy
                event.amount = .cents(Int64(random.next(20_000)) + 1)
                events.append(event)
            case 2:                                                      // same id, later in time
                event.at = .unixMicroseconds(instant + Int64(random.next(40)) * 86_400_000_000)
                events.append(event)
            default: break
            }
        }
        var shuffled = events
        for index in shuffled.indices.reversed() { shuffled.swapAt(index, random.next(index + 1)) }
        return shuffled
    }

    @Test(arguments: [(1 as UInt64, 365), (2, 30), (3, 90), (4, 7)])
    func everyDateEqualsItsNightlyRun(seed: UInt64, windowDays: Int) throws {
        let first = CivilDate(iso: "2026-10-20")!
        let last = CivilDate(iso: "2026-11-24")!
        let events = Self.events(seed: seed, last: last, count: 1500)
        var settings = ScoringSettings.default
        settings.windowDays = windowDays
        var series = BackfillSeries(from: first, through: last, settings: settings, rates: .seed)
        for event in events { event.add(toSeries: &series) }
        var windows = series.windows()
        var compared = 0
        for day in 0...last.days(since: first) where day % 3 == 0 || day == last.days(since: first) {
            let date = first.adding(days: day)
            let backfilled = try windows.measures(for: date)
            let nightly = try measure(events, asOf: date, settings: settings)
            #expect(backfilled.customers == nightly.customers, "\(date)")
            #expect(backfilled.quality.skipped[.conflictingDuplicate] == nightly.quality.skipped[.conflictingDuplicate], "\(date)")
            #expect(backfilled.quality.duplicatesIgnored == nightly.quality.duplicatesIgnored, "\(date)")
            #expect(backfilled.quality.unknownCurrencyRows == nightly.quality.unknownCurrencyRows, "\(date)")
            #expect(backfilled.quality.unknownCurrencies == nightly.quality.unknownCurrencies, "\(date)")
            compared += nightly.customers.count
        }
        #expect(compared > 100)
    }
}

extension BackfillSeriesTests {
    /// The compact snapshot a backfill keeps between dates gives the same transitions as the
    /// previous date's whole scores.
    @Test func keptSegmentsGiveTheTransitionsOfTheWholeScores() throws {
        let first = CivilDate(iso: "2026-10-01")!
        let last = CivilDate(iso: "2026-11-24")!
        let events = Self.events(seed: 9, last: last, count: 3000)
        var settings = ScoringSettings.default
        settings.windowDays = 30
        var series = BackfillSeries(from: first, through: last, settings: settings, rates: .seed)
        for event in events { event.add(toSeries: &series) }
        var windows = series.windows()
        let scorer = try CustomerScorer(settings: settings)
        var previous: (scores: ScoredCustomers, kept: SegmentSnapshot)?
        var changed = 0
        for day in 0...last.days(since: first) {
            let scores = try scorer.score(try windows.measures(for: first.adding(days: day)).customers)
            if let previous {
                let expected = try SegmentChangeMerge.changes(from: previous.scores, to: scores)
                #expect(try SegmentChangeMerge.changes(from: previous.kept, to: scores) == expected)
                changed += expected.count
            }
            previous = (scores, windows.segmentSnapshot(of: scores))
        }
        #expect(changed > 50)
    }
}

extension BackfillSeriesTests {
    /// Emails at the same instant: the byte-wise greater address wins on every date, in whatever
    /// order the rows come, before and after the series' first date, as in a nightly run.
    @Test(arguments: [false, true])
    func emailsAtTheSameInstantFollowTheNightlyRule(reversed: Bool) throws {
        let first = CivilDate(iso: "2026-11-10")!
        let last = CivilDate(iso: "2026-11-20")!
        let before = first.startUnixMicroseconds - 86_400_000_000, during = first.startUnixMicroseconds + 3 * 86_400_000_000
        var events = [
            TestEvent("e1", user: "u1", at: before, email: "b@example.com"),
            TestEvent("e2", user: "u1", at: before, email: "a@example.com"),
            TestEvent("e3", user: "u1", at: during, email: "c@example.com"),
            TestEvent("e4", user: "u1", at: during, email: "d@example.com"),
            TestEvent("e5", user: "u2", at: during, email: "z@example.com"),
            TestEvent("e6", user: "u1", at: during, email: "  "),
        ]
        if reversed { events.reverse() }
        var series = BackfillSeries(from: first, through: last, settings: .default, rates: .seed)
        for event in events { event.add(toSeries: &series) }
        var windows = series.windows()
        for day in 0...last.days(since: first) {
            let date = first.adding(days: day)
            #expect(try windows.measures(for: date).customers == measure(events, asOf: date).customers, "\(date)")
        }
    }
}

extension TestEvent {
    func add(toSeries series: inout BackfillSeries) {
        withRow { series.add($0) }
    }
}
