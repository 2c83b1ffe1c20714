import Testing
@testable import RFMCore

/// The CSV scorer's core: the same rows as CSV and as `EventRow`s give the same scores.
@Suite struct CSVEventScoringTests {
    static let asOf = CivilDate(iso: "2026-11-24")!

    static func score(_ csv: String, merchants: [String]? = nil, chunk: Int = 7) throws -> (CSVEventScoring, [CSVEventScoring.MerchantResult]) {
        try score(bytes: Array(csv.utf8), merchants: merchants, chunk: chunk)
    }

    static func score(bytes: [UInt8], merchants: [String]? = nil, chunk: Int = 7) throws -> (CSVEventScoring, [CSVEventScoring.MerchantResult]) {
        var scoring = CSVEventScoring(asOf: asOf, merchants: merchants)
        var start = 0
        while start < bytes.count {
            let end = min(bytes.count, start + chunk)
            try bytes[start..<end].withUnsafeBytes { try scoring.consume($0) }
            start = end
        }
        let results = try scoring.finish()
        return (scoring, results)
    }

    /// Columns in another order, an extra column, quoted values, two merchants interleaved.
    static let csv = #"""
        kind,amount,currency,user_key,Merchant_ID,occurred_at,event_id,note,email
        purchase,100.00,EUR,ann,shop-b,2026-10-01 12:00:00+00,b-1,x,"  Ann@Example.COM "
        purchase,20.00,USD,ann,shop-a,2026-11-01T08:00:00Z,a-1,,
        refund,5.00,USD,ann,shop-a,2026-11-02 08:00,a-2,,
        purchase,12.50,GBP,"bob, jr",shop-a,2026-06-01,a-3,"say ""hi""",bob@example.com
        purchase,12.50,GBP,"bob, jr",shop-a,2026-06-01,a-3,repeat,bob@example.com
        purchase,-3.00,USD,cy,shop-a,2026-11-01 00:00,a-4,,
        chargeback,3.00,USD,cy,shop-a,2026-11-01 00:00,a-5,,
        purchase,3.00,usd,cy,shop-a,2026-11-01 00:00,a-6,,
        purchase,3.001,USD,cy,shop-a,2026-11-01 00:00,a-7,,
        purchase,NaN,USD,cy,shop-a,2026-11-01 00:00,a-8,,
        purchase,3.00,USD,,shop-a,2026-11-01 00:00,a-9,,
        purchase,9.00,USD,dee,shop-a,2026-11-24 00:00:00+00,a-10,at the cutoff,
        purchase,9.00,USD,dee,shop-a,2025-11-23 23:59:59.999999+00,a-11,before the window,
        purchase,9.00,USD,dee,shop-a,2026-11-23 23:59:59.999999+00,a-12,,
        purchase,9.00,USD,eve,shop-a,last tuesday,a-13,,
        purchase,9.00,USD,eve,,2026-11-01,a-14,,
        purchase,9.00,USD,eve,shop-a,2026-11-01
        """#

    /// The same rows, as the database reader would hand them to the accumulator.
    static let events = [
        TestEvent("a-1", user: "ann", at: CivilDate(iso: "2026-11-01")!.at(hour: 8), cents: 2000),
        TestEvent("a-2", user: "ann", at: CivilDate(iso: "2026-11-02")!.at(hour: 8), cents: 500, kind: "refund"),
        TestEvent("a-3", user: "bob, jr", at: CivilDate(iso: "2026-06-01")!.startUnixMicroseconds, cents: 1250, currency: "GBP", email: "bob@example.com"),
        TestEvent("a-3", user: "bob, jr", at: CivilDate(iso: "2026-06-01")!.startUnixMicroseconds, cents: 1250, currency: "GBP", email: "bob@example.com"),
        TestEvent("a-4", user: "cy", at: CivilDate(iso: "2026-11-01")!.startUnixMicroseconds, cents: -300),
        TestEvent("a-5", user: "cy", at: CivilDate(iso: "2026-11-01")!.startUnixMicroseconds, cents: 300, kind: "chargeback"),
        TestEvent("a-6", user: "cy", at: CivilDate(iso: "2026-11-01")!.startUnixMicroseconds, cents: 300, currency: "usd"),
        TestEvent("a-9", user: nil, at: CivilDate(iso: "2026-11-01")!.startUnixMicroseconds, cents: 300),
        TestEvent("a-10", user: "dee", at: asOf.startUnixMicroseconds, cents: 900),
        TestEvent("a-11", user: "dee", at: CivilDate(iso: "2025-11-24")!.startUnixMicroseconds - 1, cents: 900),
        TestEvent("a-12", user: "dee", at: asOf.startUnixMicroseconds - 1, cents: 900),
    ]

    @Test func scoresLikeTheAccumulatorFedDirectly() throws {
        let (_, results) = try Self.score(Self.csv)
        #expect(results.map(\.merchant) == ["shop-a", "shop-b"])
        let shopA = try #require(results.first)

        var accumulator = EventAccumulator(window: ScoringWindow(asOf: Self.asOf, days: 365), settings: .default, rates: .seed)
        for event in Self.events { event.add(to: &accumulator) }
        // Two rows the direct feed cannot express: a fraction of a cent and NaN.
        for amount in [AmountReading.fractionOfCent, .notANumber] {
            var id = "x", user = "cy", currency = "USD", kind = "purchase"
            id.withUTF8 { id in user.withUTF8 { user in currency.withUTF8 { currency in kind.withUTF8 { kind in
                accumulator.add(EventRow(
                    eventID: UnsafeRawBufferPointer(id), userKey: UnsafeRawBufferPointer(user), email: nil,
                    occurredAt: .unixMicroseconds(CivilDate(iso: "2026-11-01")!.startUnixMicroseconds), amount: amount,
                    currency: UnsafeRawBufferPointer(currency), kind: UnsafeRawBufferPointer(kind)
                ))
            } } } }
        }
        let direct = try accumulator.finish()
        let expected = try CustomerScorer(settings: .default).score(direct.customers)
        #expect(shopA.scores == expected)
        #expect(shopA.quality == direct.quality)
        #expect(shopA.scores.map(\.userKey) == ["ann", "bob, jr", "dee"])
        #expect(shopA.quality.skipped == [
            .negativeAmount: 1, .unknownKind: 1, .malformedCurrency: 1, .fractionOfCent: 1, .amountNotANumber: 1, .nullField: 1,
        ])
        #expect(shopA.quality.duplicatesIgnored == 1)
        #expect(shopA.quality.rowsAfterCutoff == 1)

        // ann: 20.00 − 5.00; bob: £12.50 × 1.18 = 14.75; shop-b's ann: €100 × 0.92, email trimmed and lowercased.
        #expect(shopA.scores[0].measures.monetaryCents == 1500)
        #expect(shopA.scores[1].measures.monetaryCents == 1475)
        let annB = try #require(results.last?.scores.first)
        #expect(annB.measures.monetaryCents == 9200)
        #expect(annB.measures.emailSHA256 == EmailHash(email: "ann@example.com"))
    }

    @Test func recordsThatAreNoRowAtAllAreCountedApart() throws {
        let (scoring, _) = try Self.score(Self.csv)
        #expect(scoring.unreadable == [.malformedTime: 1, .noMerchant: 1, .fieldCount: 1])
        #expect(scoring.records == 17)
    }

    @Test func theMerchantFilterKeepsOnlyTheNamed() throws {
        let (scoring, results) = try Self.score(Self.csv, merchants: ["shop-b"])
        #expect(results.map(\.merchant) == ["shop-b"])
        #expect(scoring.otherMerchantRows == 13)  // shop-a's readable rows
    }

    @Test func aHeaderWithoutTheColumnsIsRefused() throws {
        let missing = try #require(throws: EventCSVColumns.MissingColumns.self) {
            try Self.score("merchant_id,event_id,user_key,when,amount,currency\nm,e,u,2026-01-01,1,USD\n")
        }
        #expect(missing.names == ["occurred_at", "kind"])
        #expect(throws: EventCSVColumns.MissingColumns.self) { try Self.score("") }
    }

    @Test func theOutputRowHasCustomerLTVsColumnsAndValues() throws {
        let (_, results) = try Self.score(Self.csv)
        var writer = CSVWriter()
        writer.record(ScoresCSV.header)
        ScoresCSV.write(results[0].scores[2], merchant: "shop-a", asOf: Self.asOf, to: &writer)
        // dee: one purchase in the window at 23:59:59.999999 the day before the as-of date, one before the
        // window. Against ann (23 days, $15.00) and bob (176 days, $14.75), all bought once: R5 F5 (every
        // frequency ties) M2 -> 7·5 + 8·5 + 5·2 = 85; LTV 9.00 × 0.95^(1/30) × (5640 − 366)/6000 = 7.90.
        #expect(String(decoding: writer.drain(), as: UTF8.self) == """
            merchant_id,user_key,email_sha256,as_of,recency_days,frequency,monetary,tenure_days,r_score,f_score,m_score,rfm_score,segment,predictive_ltv,first_purchase_at,last_purchase_at\r
            shop-a,dee,,2026-11-24,1,1,9.00,366,5,5,2,85,champion,7.90,2025-11-23T23:59:59.999999Z,2026-11-23T23:59:59.999999Z\r

            """)
    }
}
