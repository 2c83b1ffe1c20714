import Foundation
import RFMCore
import Testing
@testable import RFMJob

/// `rfm-nightly report` on m-beta, whose four customers are ranked by hand:
///
/// 2026-01-30 (events before it: p3 £10 + £30, p4 £100): p3 50 days, 2 orders, $47.20 -> R5 F5 M3 = 90
///   champion, LTV $40.15; p4 304 days, 1 order, $118.00 -> R3 F3 M5 = 70 loyal, LTV $62.40.
///   Σ monetary $165.20.
/// 2026-03-01: p1, p2 82 champion ($11.05 each), p3 81 champion ($37.94), p4 71 loyal ($58.95)
///   (FixtureTests). Σ monetary $188.80, mean LTV $29.75; 30 days after 2026-01-30: +$23.60, +14.3%.
/// 2026-04-15 (p4's purchase has left the window): p1, p2 47 days -> R5 F4 M4 = 87 champion, LTV
///   $10.15; p3 125 days -> R2 F5 M5 = 79 loyal, LTV $34.85. Mean (10.15 + 10.15 + 34.85) / 3 = $18.38.
/// LTVs from SPEC §5 with Python's decimal module, as in PredictiveLTVTests.
@Suite(.enabled(if: TestDatabase.isAvailable)) struct ReportTests {
    static func scoredBeta(_ database: TestDatabase, dates: [String] = ["2026-01-30", "2026-03-01", "2026-04-15"]) throws -> JobHarness {
        let job = try JobHarness(database)
        for date in dates { try job.run(date, merchants: ["m-beta"]) }
        return job
    }

    static func report(_ job: JobHarness, _ merchant: String? = "m-beta", asOf: String? = nil) throws -> [MerchantReport] {
        try MerchantReportQuery(connection: job.connection).reports(merchant: merchant, asOf: asOf.flatMap(CivilDate.init(iso:)))
    }

    /// Written a merchant at a time, a report over every merchant is the same document as
    /// rendered whole (the HTML page's title aside: it cannot count the merchants beforehand).
    @Test func aStreamedReportIsTheWholeDocument() throws {
        try TestDatabase.with { database in
            let job = try JobHarness(database)
            try job.run("2026-03-01")
            let reports = try Self.report(job, nil)
            #expect(reports.count == 3)
            for (format, whole) in [(MerchantReportStream.Format.text, MerchantReportText.render(reports)),
                                    (.json, MerchantReportJSON.render(reports))] {
                var stream = MerchantReportStream(format: format, single: false)
                var text = ""
                try MerchantReportQuery(connection: job.connection).forEachReport(merchant: nil, asOf: nil) { text += stream.piece($0) }
                #expect(text + stream.tail() == whole, "\(format)")
            }
            var html = MerchantReportStream(format: .html, single: false)
            let pieces = reports.map { html.piece($0) }.joined() + html.tail()
            #expect(pieces == MerchantReportHTML.render(reports).replacingOccurrences(of: "RFM report · 3 merchants", with: "RFM report · every merchant"))
        }
    }

    @Test func theTextReportOfASnapshotThirtyDaysAfterAnother() throws {
        try TestDatabase.with { database in
            let job = try Self.scoredBeta(database)
            let text = MerchantReportText.render(try Self.report(job, asOf: "2026-03-01"))
            #expect(text == """
                merchant m-beta · as of 2026-03-01 · scheme tracklayer
                  customers scored    4
                  champion %          75.0% (3)
                  at-risk count       0
                  avg predictive LTV  $29.75
                  LTV trend (30d)     +$23.60 (+14.3%) · Σ monetary $188.80 against $165.20 on 2026-01-30

                  segment       customers   share       avg LTV      Σ monetary
                  champion              3   75.0%        $20.01          $70.80
                  loyal                 1   25.0%        $58.95         $118.00
                  at_risk               0    0.0%         $0.00           $0.00
                  lost                  0    0.0%         $0.00           $0.00
                  new                   0    0.0%         $0.00           $0.00

                  movement since 2026-01-30 (rows: segment then, columns: segment now)
                  then \\ now      champion  loyal  at_risk   lost    new  not scored
                  champion               1      ·        ·      ·      ·           ·
                  loyal                  ·      1        ·      ·      ·           ·
                  at_risk                ·      ·        ·      ·      ·           ·
                  lost                   ·      ·        ·      ·      ·           ·
                  new                    ·      ·        ·      ·      ·           ·
                  not scored             2      ·        ·      ·      ·
                  0 moved · 2 entered · 0 left · 2 stayed

                  trend (90d)         ▁█ Σ monetary on 2 snapshots, 2026-01-30 … 2026-03-01: $165.20 → $188.80

                """)
        }
    }

    /// The newest snapshot by default; 2026-03-16 ± nothing within a week: the trend is n/a.
    @Test func theNewestSnapshotWithoutOneThirtyDaysEarlier() throws {
        try TestDatabase.with { database in
            let job = try Self.scoredBeta(database)
            let report = try #require(try Self.report(job).first)
            #expect(report.asOf == CivilDate(iso: "2026-04-15"))
            #expect(report.trend == nil)
            #expect(report.averagePredictiveLTVCents == 1838)
            let text = MerchantReportText.render([report])
            #expect(text.contains("  champion %          66.7% (2)\n"))
            #expect(text.contains("  LTV trend (30d)     n/a (no snapshot from 2026-03-09 to 2026-03-16)\n"))
            #expect(text.contains("""
                  movement since 2026-03-01 (rows: segment then, columns: segment now)
                  then \\ now      champion  loyal  at_risk   lost    new  not scored
                  champion               2      1        ·      ·      ·           ·
                  loyal                  ·      ·        ·      ·      ·           1

                """))
            #expect(text.contains("  1 moved · 0 entered · 1 left · 2 stayed\n"))
            #expect(text.contains("  trend (90d)         ▇█▁ Σ monetary on 3 snapshots, 2026-01-30 … 2026-04-15: $165.20 → $70.80\n"))
        }
    }

    @Test func theJSONReportHasEveryFigure() throws {
        try TestDatabase.with { database in
            let job = try Self.scoredBeta(database)
            let json = MerchantReportJSON.render(try Self.report(job, asOf: "2026-03-01"))
            let parsed = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? NSDictionary
            let expected = try JSONSerialization.jsonObject(with: Data(#"""
                {"reports": [{
                  "merchant": "m-beta", "as_of": "2026-03-01", "scheme": "tracklayer",
                  "tiles": {
                    "customers_scored": 4, "champion_segment": "champion", "champion_count": 3, "champion_percent": 75.0,
                    "at_risk_segment": "at_risk", "at_risk_count": 0, "average_predictive_ltv": 29.75,
                    "ltv_trend_30d": {"base_as_of": "2026-01-30", "days": 30, "monetary": 188.80, "base_monetary": 165.20,
                                      "change": 23.60, "change_percent": 14.3}
                  },
                  "total_monetary": 188.80, "total_predictive_ltv": 118.99,
                  "segments": [
                    {"segment": "champion", "customers": 3, "percent": 75.0, "average_predictive_ltv": 20.01, "monetary": 70.80},
                    {"segment": "loyal", "customers": 1, "percent": 25.0, "average_predictive_ltv": 58.95, "monetary": 118.00},
                    {"segment": "at_risk", "customers": 0, "percent": 0.0, "average_predictive_ltv": 0.00, "monetary": 0.00},
                    {"segment": "lost", "customers": 0, "percent": 0.0, "average_predictive_ltv": 0.00, "monetary": 0.00},
                    {"segment": "new", "customers": 0, "percent": 0.0, "average_predictive_ltv": 0.00, "monetary": 0.00}
                  ],
                  "score_histogram": [
                    {"from": 11, "to": 20, "customers": 0}, {"from": 21, "to": 30, "customers": 0},
                    {"from": 31, "to": 40, "customers": 0}, {"from": 41, "to": 50, "customers": 0},
                    {"from": 51, "to": 60, "customers": 0}, {"from": 61, "to": 70, "customers": 0},
                    {"from": 71, "to": 80, "customers": 1}, {"from": 81, "to": 90, "customers": 3},
                    {"from": 91, "to": 100, "customers": 0}
                  ],
                  "movement": {"previous_as_of": "2026-01-30", "cells": [
                    {"from": "champion", "to": "champion", "customers": 1},
                    {"from": "loyal", "to": "loyal", "customers": 1},
                    {"from": null, "to": "champion", "customers": 2}
                  ]},
                  "series": [
                    {"as_of": "2026-01-30", "customers": 2, "monetary": 165.20},
                    {"as_of": "2026-03-01", "customers": 4, "monetary": 188.80}
                  ]
                }]}
                """#.utf8)) as? NSDictionary
            #expect(parsed == expected)
            // money and percentages are exact decimals in the text, not binary floats
            #expect(json.contains("\"average_predictive_ltv\": 29.75,"))
            #expect(json.contains("\"base_monetary\": 165.20,"))
            #expect(json.contains("\"change_percent\": 14.3\n"))
        }
    }

    /// No snapshot on 2026-02-02 (D − 30): the newest before it, 2026-01-30, is 3 days older: used.
    @Test func theTrendUsesTheNewestSnapshotUpToAWeekOlderThanThirtyDays() throws {
        try TestDatabase.with { database in
            let job = try Self.scoredBeta(database, dates: ["2026-01-30", "2026-03-01", "2026-03-04"])
            let report = try #require(try Self.report(job).first)
            #expect(report.trend == MerchantReport.MonetaryTrend(baseDate: CivilDate(iso: "2026-01-30")!, baseMonetaryCents: 16520))
            #expect(MerchantReportText.render([report]).contains(
                "  LTV trend (30d)     +$23.60 (+14.3%) · Σ monetary $188.80 against $165.20 on 2026-01-30\n"))
            #expect(MerchantReportJSON.render([report]).contains("\"days\": 33,"))
            #expect(report.movement?.cells == [
                .init(from: "champion", to: "champion", customers: 3), .init(from: "loyal", to: "loyal", customers: 1),
            ])
        }
    }

    /// The series and the trend read each date's totals from the ledger (migration 100), which
    /// holds what the history rows sum to; a run recorded before it (no total) is summed from
    /// its rows, and the report is the same either way. A rerun of a date counts once: its newest.
    @Test func theSeriesAndTrendComeFromTheLedgersTotalsOrTheRowsOfOlderRuns() throws {
        try TestDatabase.with { database in
            let job = try Self.scoredBeta(database, dates: ["2026-01-30", "2026-03-01", "2026-03-04"])
            try job.backfill(from: "2026-02-01", to: "2026-02-03", merchants: ["m-beta"])
            try job.run("2026-03-01", merchants: ["m-beta"])
            #expect(try job.ledgerTotalsDifferingFromHistory() == [])
            #expect(try job.connection.execute("SELECT monetary_total::text FROM rfm_runs WHERE merchant_id = 'm-beta' AND as_of = '2026-01-30'").scalar == "165.20")
            let fromLedger = MerchantReportJSON.render(try Self.report(job))
            #expect(fromLedger.contains("\"series\""))
            try job.connection.execute("UPDATE rfm_runs SET monetary_total = NULL WHERE merchant_id = 'm-beta' AND as_of <> '2026-03-04'")
            #expect(MerchantReportJSON.render(try Self.report(job)) == fromLedger)
            try job.connection.execute("UPDATE rfm_runs SET monetary_total = NULL WHERE merchant_id = 'm-beta'")
            #expect(MerchantReportJSON.render(try Self.report(job)) == fromLedger)
        }
    }

    /// The base of the 30-day trend: the newest snapshot on or before D − 30, at most 7 days older.
    @Test func theSnapshotCalendarsChoices() {
        func date(_ text: String) -> CivilDate { CivilDate(iso: text)! }
        let calendar = SnapshotCalendar(dates: ["2026-01-01", "2026-01-24", "2026-02-01", "2026-03-01"].map(date), current: date("2026-03-01"))
        func base(_ day: String) -> CivilDate? { calendar.base(for: date(day), daysBefore: 30, tolerance: 7) }
        #expect(base("2026-03-03") == date("2026-02-01"))  // D − 30 = 02-01 exactly
        #expect(base("2026-03-01") == date("2026-01-24"))  // D − 30 = 01-30: 01-24 is 6 days older
        #expect(base("2026-02-07") == date("2026-01-01"))  // D − 30 = 01-08: 7 days older, the limit
        #expect(base("2026-02-08") == nil)                 // D − 30 = 01-09: 01-01 is 8 days older
        #expect(base("2026-01-20") == nil)                 // nothing on or before 12-21
        #expect(calendar.previous(before: date("2026-02-01")) == date("2026-01-24"))
        #expect(calendar.previous(before: date("2026-01-01")) == nil)
        #expect(calendar.next(after: date("2026-02-01")) == date("2026-03-01"))
        #expect(calendar.window(endingAt: date("2026-03-01"), days: 36) == ["2026-02-01", "2026-03-01"].map(date))  // (01-24, 03-01]
    }

    @Test func everyMerchantWithoutAName() throws {
        try TestDatabase.with { database in
            let job = try JobHarness(database)
            try job.run("2026-03-01")
            let reports = try Self.report(job, nil)
            #expect(reports.map(\.merchant) == ["m-alpha", "m-beta", "m-gamma"])
            #expect(reports.allSatisfy { $0.movement == nil && $0.trend == nil })  // the first snapshot of each
            #expect(MerchantReportText.render(reports).contains("  movement            n/a (the first snapshot: nothing to compare with)\n"))
        }
    }

    /// The matrix (from history) agrees with the transitions the runs recorded.
    @Test func theMovementMatrixAgreesWithTheRecordedTransitions() throws {
        try TestDatabase.with { database in
            let job = try JobHarness(database)
            for date in ["2026-01-30", "2026-03-01"] { try job.run(date, merchants: ["m-alpha"]) }
            let movement = try #require(try Self.report(job, "m-alpha").first?.movement)
            let recorded = try job.connection.execute("""
                SELECT from_segment, to_segment, count(*)::text FROM segment_transitions
                WHERE merchant_id = 'm-alpha' AND as_of = '2026-03-01' GROUP BY 1, 2
                """).rows.map { MerchantReport.Movement.Cell(from: $0[0], to: $0[1], customers: Int($0[2]!)!) }
            #expect(!recorded.isEmpty)
            #expect(Set(movement.cells.filter { $0.from != $0.to }.map { "\($0)" }) == Set(recorded.map { "\($0)" }))
            let stayed = movement.cells.filter { $0.from == $0.to }.reduce(0) { $0 + $1.customers }
            #expect(stayed + recorded.filter { $0.to != nil }.reduce(0) { $0 + $1.customers }
                == (try job.count("SELECT count(*) FROM customer_ltv WHERE merchant_id = 'm-alpha'")))
        }
    }

    @Test func anUnknownMerchantOrDateIsNamed() throws {
        try TestDatabase.with { database in
            let job = try Self.scoredBeta(database)
            let merchant = try #require(throws: JobFailure.self) { try Self.report(job, "m-nope") }
            #expect(merchant.category == .missingInput)
            #expect(merchant.message == "merchant \"m-nope\" has no scores (merchants with scores: m-beta)")
            let date = try #require(throws: JobFailure.self) { try Self.report(job, asOf: "2026-02-14") }
            #expect(date.message == "merchant \"m-beta\" has no snapshot for 2026-02-14 (nearest: 2026-01-30 and 2026-03-01; newest 2026-04-15)")
            let nobody = try #require(throws: JobFailure.self) { try Self.report(job, nil, asOf: "2026-02-14") }
            #expect(nobody.message == "no merchant has a snapshot for 2026-02-14")
        }
    }
}
