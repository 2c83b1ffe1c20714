import Testing
@testable import RFMCore

/// SPEC §1–§3 on hand-made rows; as-of 2026-11-24, window [2025-11-24, 2026-11-24).
@Suite struct EventAccumulatorTests {
    static let asOf = CivilDate(iso: "2026-11-24")!
    static let cutoff = asOf.startUnixMicroseconds
    static let windowStart = CivilDate(iso: "2025-11-24")!.startUnixMicroseconds
    static func day(_ iso: String, hour: Int = 12) -> Int64 { CivilDate(iso: iso)!.at(hour: hour) }

    @Test func windowEdges() throws {
        let measures = try measure([
            TestEvent("e1", user: "at-window-start", at: Self.windowStart),             // in: recency 365
            TestEvent("e2", user: "just-before-cutoff", at: Self.cutoff - 1),          // in: recency 1
            TestEvent("e3", user: "at-cutoff", at: Self.cutoff),                       // out entirely
            TestEvent("e4", user: "before-window", at: Self.windowStart - 1),          // not scored
        ])
        #expect(measures.customers.map(\.userKey) == ["at-window-start", "just-before-cutoff"])
        #expect(measures.customers[0].recencyDays == 365)
        #expect(measures.customers[1].recencyDays == 1)
        #expect(measures.quality.rowsAfterCutoff == 1)
        #expect(measures.quality.rowsRead == 4)
    }

    @Test func firstPurchaseLooksBeforeTheWindow() throws {
        let customer = try #require(try measure([
            TestEvent("old", user: "u", at: Self.windowStart - 1),                     // 2025-11-23 23:59:59.999999
            TestEvent("old-refund", user: "u", at: Self.windowStart - 100, kind: "refund"),
            TestEvent("new", user: "u", at: Self.day("2026-11-01")),
        ]).customers.first)
        #expect(customer.firstPurchaseAt == Self.windowStart - 1)
        #expect(customer.tenureDays == 366)
        #expect(customer.frequency == 1)                                               // only window purchases count
        #expect(customer.monetaryCents == 1000)                                        // pre-window refund ignored
        #expect(customer.lastPurchaseAt == Self.day("2026-11-01"))
        #expect(customer.recencyDays == 23)
    }

    @Test func convertsEachEventToUSDBeforeSumming() throws {
        let customer = try #require(try measure([
            TestEvent("a", user: "u", at: Self.day("2026-04-12"), cents: 8900, currency: "EUR"),  // 81.88
            TestEvent("b", user: "u", at: Self.day("2026-03-28"), cents: 4500, currency: "GBP"),  // 53.10
            TestEvent("c", user: "u", at: Self.day("2026-02-10"), cents: 12_400, currency: "EUR"), // 114.08
            TestEvent("r", user: "u", at: Self.day("2026-05-01"), cents: 1000, currency: "EUR", kind: "refund"), // 9.20
        ]).customers.first)
        #expect(customer.monetaryCents == 8188 + 5310 + 11_408 - 920)
        #expect(customer.frequency == 3)
    }

    @Test func refundsLargerThanPurchasesFloorAtZero() throws {
        let customer = try #require(try measure([
            TestEvent("p", user: "u", at: Self.day("2026-11-01"), cents: 1000),
            TestEvent("r", user: "u", at: Self.day("2026-11-02"), cents: 2500, kind: "refund"),
        ]).customers.first)
        #expect(customer.monetaryCents == 0)
        #expect(customer.frequency == 1)
    }

    @Test func refundsAloneDoNotMakeACustomerScored() throws {
        let measures = try measure([TestEvent("r", user: "u", at: Self.day("2026-11-02"), kind: "refund")])
        #expect(measures.customers.isEmpty)
    }

    @Test func unknownCurrencyCountsAtOneAndWarns() throws {
        let measures = try measure([
            TestEvent("a", user: "u", at: Self.day("2026-10-01"), cents: 1234, currency: "CAD"),
            TestEvent("b", user: "u", at: Self.day("2026-10-02"), cents: 100, currency: "CAD"),
            TestEvent("old", user: "u", at: Self.day("2024-10-02"), cents: 100, currency: "JPY"),  // before the window: no rate used
        ])
        #expect(measures.customers.first?.monetaryCents == 1334)
        #expect(measures.quality.unknownCurrencyRows == 2)
        #expect(measures.quality.unknownCurrencies == [CurrencyCode("CAD")!])
        #expect(measures.quality.skippedTotal == 0)
    }

    @Test func aRepeatedEventCountsOnce() throws {
        let event = TestEvent("same", user: "u", at: Self.day("2026-10-01"), cents: 500)
        let measures = try measure([event, event, event])
        #expect(measures.customers.first?.frequency == 1)
        #expect(measures.customers.first?.monetaryCents == 500)
        #expect(measures.quality.duplicatesIgnored == 2)
    }

    @Test func conflictingCopiesAreAllSkippedWhateverTheOrder() throws {
        let first = TestEvent("x", user: "u", at: Self.day("2026-10-01"), cents: 500)
        let second = TestEvent("x", user: "u", at: Self.day("2026-10-01"), cents: 700)
        let third = TestEvent("x", user: "v", at: Self.day("2026-10-01"), cents: 500)
        let other = TestEvent("y", user: "u", at: Self.day("2026-09-01"), cents: 100)
        for events in [[first, second, third, other], [other, third, second, first]] {
            let measures = try measure(events)
            #expect(measures.customers.map(\.userKey) == ["u"])
            #expect(measures.customers.first?.monetaryCents == 100)
            #expect(measures.customers.first?.frequency == 1)
            #expect(measures.quality.skipped[.conflictingDuplicate] == 3)
        }
    }

    @Test func badRowsAreSkippedAndCountedByReason() throws {
        let at = Self.day("2026-10-01")
        var infinite = TestEvent("inf", user: "u", at: at)
        infinite.at = .infinite
        var fraction = TestEvent("frac", user: "u", at: at)
        fraction.amount = .fractionOfCent
        var notANumber = TestEvent("nan", user: "u", at: at)
        notANumber.amount = .notANumber
        var huge = TestEvent("huge", user: "u", at: at)
        huge.amount = .outOfRange
        var noAmount = TestEvent("null-amount", user: "u", at: at)
        noAmount.amount = nil
        let measures = try measure([
            TestEvent("ok", user: "u", at: at, cents: 4200),
            TestEvent("neg", user: "u", at: at, cents: -100),
            TestEvent("kind", user: "u", at: at, kind: "chargeback"),
            TestEvent("cur", user: "u", at: at, currency: "usd"),
            TestEvent("cur2", user: "u", at: at, currency: "US$"),
            TestEvent(nil, user: "u", at: at),
            TestEvent("nouser", user: nil, at: at),
            TestEvent("notime", user: "u", at: nil),
            infinite, fraction, notANumber, huge, noAmount,
        ])
        #expect(measures.customers.first?.monetaryCents == 4200)
        #expect(measures.quality.skipped == [
            .negativeAmount: 1, .unknownKind: 1, .malformedCurrency: 2, .nullField: 4,
            .infiniteTime: 1, .fractionOfCent: 1, .amountNotANumber: 1, .amountOutOfRange: 1,
        ])
        #expect(measures.quality.rowsRead == 13)
    }

    @Test func purchaseAndRefundKindsAreSettings() throws {
        var settings = ScoringSettings.default
        settings.purchaseKinds = ["order", "subscription_renewal"]
        settings.refundKinds = ["return"]
        let measures = try measure([
            TestEvent("a", user: "u", at: Self.day("2026-10-01"), cents: 1000, kind: "order"),
            TestEvent("b", user: "u", at: Self.day("2026-10-02"), cents: 300, kind: "subscription_renewal"),
            TestEvent("c", user: "u", at: Self.day("2026-10-03"), cents: 200, kind: "return"),
            TestEvent("d", user: "u", at: Self.day("2026-10-04"), cents: 999, kind: "purchase"),
        ], settings: settings)
        #expect(measures.customers.first?.frequency == 2)
        #expect(measures.customers.first?.monetaryCents == 1100)
        #expect(measures.quality.skipped == [.unknownKind: 1])
    }

    @Test func emailIsTheLatestOneGivenNormalisedAndHashed() throws {
        let measures = try measure([
            TestEvent("1", user: "u", at: Self.day("2024-01-01"), email: "old@example.com"),
            TestEvent("2", user: "u", at: Self.day("2026-10-01"), email: "  Alice@Example.COM \t"),
            TestEvent("3", user: "u", at: Self.day("2026-10-02"), email: nil),
            TestEvent("4", user: "u", at: Self.day("2026-10-03"), email: "   "),               // blank: no email
            TestEvent("5", user: "u", at: Self.cutoff, email: "after-cutoff@example.com"),
            TestEvent("6", user: "v", at: Self.day("2026-10-01")),
            TestEvent("7", user: "w", at: Self.day("2026-10-01")),
            TestEvent("8", user: "w", at: Self.day("2024-10-01"), email: "Bob@Example.org"),     // before the window still counts
        ])
        // sha256 of the normalised addresses, from Python's hashlib.
        #expect(measures.customers[0].emailSHA256?.description == "ff8d9819fc0e12bf0d24892e45987e249a28dce836a85cad60e28eaaa8c6d976")
        #expect(measures.customers[1].emailSHA256 == nil)
        #expect(measures.customers[2].emailSHA256?.description == "686b5e4cf4f963adf8f51468a48028ef8d15bd02fa335f821279a3d1678c9615")
    }

    @Test func emailsAtTheSameInstantPickTheSameOneInAnyOrder() throws {
        let at = Self.day("2026-10-01")
        let a = TestEvent("1", user: "u", at: at, email: "a@example.com")
        let b = TestEvent("2", user: "u", at: at, email: "b@example.com")
        let forward = try measure([a, b]).customers[0].emailSHA256
        let backward = try measure([b, a]).customers[0].emailSHA256
        #expect(forward == backward)
        #expect(forward == EmailHash(email: "b@example.com"))
    }

    @Test func unicodeEmailsAreTrimmedAndLowercased() {
        #expect(EmailHash(email: "\u{00A0}ÉLODIE@Exemple.fr ")?.description
            == "f34116fa1fa2ab3840367c97ac2fc11e9e811bc3c424a1361abfc3d719c18e8c")
    }

    @Test func customersComeOutInByteOrderOfTheirKeys() throws {
        let at = Self.day("2026-10-01")
        let measures = try measure(["b", "ä", "a", "B", "a0"].enumerated().map { TestEvent("e\($0.offset)", user: $0.element, at: at) })
        #expect(measures.customers.map(\.userKey) == ["B", "a", "a0", "b", "ä"])
    }
}

/// A five-customer merchant worked through by hand: measures, quintiles, composite, segment, LTV.
@Suite struct FiveCustomerExampleTests {
    static func day(_ iso: String) -> Int64 { CivilDate(iso: iso)!.at(hour: 9) }

    static let events: [TestEvent] = [
        TestEvent("a1", user: "A", at: day("2026-11-20"), cents: 10_000),
        TestEvent("a2", user: "A", at: day("2026-10-01"), cents: 5000),
        TestEvent("b1", user: "B", at: day("2026-06-01"), cents: 2000),
        TestEvent("c1", user: "C", at: day("2026-11-01"), cents: 30_000),
        TestEvent("c2", user: "C", at: day("2026-09-01"), cents: 10_000),
        TestEvent("c3", user: "C", at: day("2026-05-01"), cents: 10_000),
        TestEvent("d1", user: "D", at: day("2025-12-01"), cents: 500),
        TestEvent("d0", user: "D", at: day("2024-01-01"), cents: 700),
        TestEvent("e1", user: "E", at: day("2026-11-23"), cents: 4000),
        TestEvent("e2", user: "E", at: day("2026-11-23"), cents: 4000, kind: "refund"),
    ]

    @Test func measuresQuintilesSegmentsAndLTV() throws {
        let measures = try measure(Self.events)
        // recency / frequency / monetary / tenure, counted on a calendar.
        #expect(measures.customers.map(\.recencyDays) == [4, 176, 23, 358, 1])
        #expect(measures.customers.map(\.frequency) == [2, 1, 3, 1, 1])
        #expect(measures.customers.map(\.monetaryCents) == [15_000, 2000, 50_000, 500, 0])
        #expect(measures.customers.map(\.tenureDays) == [54, 176, 207, 1058, 1])

        let scores = try CustomerScorer(settings: .default).score(measures.customers)
        // R: c = #{r_j ≥ r_i} = 4,2,3,1,5. F: c = #{f_j ≤ f_i} = 4,3,5,3,3. M: 4,3,5,2,1. N = 5, so score = c.
        #expect(scores.map(\.recencyScore) == [4, 2, 3, 1, 5])
        #expect(scores.map(\.frequencyScore) == [4, 3, 5, 3, 3])
        #expect(scores.map(\.monetaryScore) == [4, 3, 5, 2, 1])
        // 7R + 8F + 5M
        #expect(scores.map(\.rfmScore) == [80, 53, 86, 41, 64])
        #expect(scores.map(\.segment) == ["loyal", "at_risk", "champion", "at_risk", "loyal"])
        // monetary × 0.95^(r/30) [16 places] × (5640 − min(t, 540))/6000, Python decimal:
        // A 13869.82 -> 13870, B 1348.04 -> 1348, C 43529.12 -> 43529, D 230.44 -> 230, E 0.
        #expect(scores.map(\.predictiveLTVCents) == [13_870, 1348, 43_529, 230, 0])

        let summary = SegmentSummary(scores: scores, scheme: .tracklayer)
        #expect(summary.customersScored == 5)
        #expect(summary.championCount == 1)
        #expect(summary.championPercent == "20.0")
        #expect(summary.atRiskCount == 2)
        #expect(summary.averagePredictiveLTVCents == 11_795)  // 58977 / 5 = 11795.4
        #expect(summary.segmentCounts.map(\.count) == [1, 2, 2, 0, 0])
    }

    @Test func classicSchemeOnTheSameCustomers() throws {
        var settings = ScoringSettings.default
        settings.scheme = .classic
        let scores = try CustomerScorer(settings: settings).score(try measure(Self.events).customers)
        // R×F: A 4/4 loyal, B 2/3 at_risk, C 3/5 loyal, D 1/3 at_risk, E 5/3 potential_loyalist.
        #expect(scores.map(\.segment) == ["loyal", "at_risk", "loyal", "at_risk", "potential_loyalist"])
    }
}
