import Foundation
import RFMCore
import Testing
@testable import RFMJob

/// `rfm-nightly customer`: the drill-down on fixture customers whose rows are in events.sql.
@Suite(.enabled(if: TestDatabase.isAvailable)) struct CustomerDrillDownTests {
    static func drillDown(_ job: JobHarness, _ userKey: String, merchant: String, days: Int = 90) throws -> CustomerDrillDown {
        try CustomerDrillDownQuery(connection: job.connection, logger: .quiet).drillDown(merchant: merchant, userKey: userKey, days: days)
    }

    /// p3 of m-beta (ReportTests ranks it by hand on each date): £10 on 2025-11-11, £30 on 2025-12-11.
    @Test func aCustomersPageAsText() throws {
        try TestDatabase.with { database in
            let job = try ReportTests.scoredBeta(database)
            #expect(CustomerDrillDownText.render(try Self.drillDown(job, "p3", merchant: "m-beta")) == """
                customer p3 · merchant m-beta · as of 2026-04-15
                  rfm score           79 · loyal · R2 F5 M5
                  predictive LTV      $34.85
                  recency             125 days (last purchase 2025-12-11 12:00)
                  frequency           2 purchases in the window
                  monetary            $47.20
                  first purchase      2025-11-11 12:00 (tenure 155 days)
                  email sha256        none

                  purchase timeline, 2025-04-15 … 2026-04-14 (the scoring window), newest first
                  date (UTC)        kind      currency     amount        USD  event id   note
                  2025-12-11 12:00  purchase  GBP           30.00      35.40  p3-2
                  2025-11-11 12:00  purchase  GBP           10.00      11.80  p3-1

                  score trajectory, last 90 days  ▇▆▆  (scale 20…100, oldest → newest)
                  2026-04-15   79  loyal             $34.85  ← was champion
                  2026-03-01   81  champion          $37.94
                  2026-01-30   90  champion          $40.15

                """)
            // --days 60 reaches back to 2026-02-14 only
            #expect(try Self.drillDown(job, "p3", merchant: "m-beta", days: 60).trajectory.map(\.asOf.description) == ["2026-03-01", "2026-04-15"])
        }
    }

    /// Rows the job does not count are listed with the reason; repeats once, conflicts not at all.
    @Test func theTimelineSaysWhyARowDoesNotCount() throws {
        try TestDatabase.with { database in
            let job = try JobHarness(database)
            try job.run("2026-03-01")
            let bob = CustomerDrillDownText.render(try Self.drillDown(job, "bob", merchant: "m-alpha"))
            #expect(bob.contains("""
                  2025-10-10 08:00  purchase  USD           40.00          -  b-x       not counted: conflicting_duplicate
                  2025-10-10 08:00  purchase  USD           45.00          -  b-x       not counted: conflicting_duplicate
                  2025-09-09 08:00  purchase  USD           30.00          -  b-1       not counted: repeat of an event id already counted
                  2025-09-09 08:00  purchase  USD           30.00      30.00  b-1

                """))
            // alice: a refund, three currencies; her first purchase (2024) is before the window
            let alice = try Self.drillDown(job, "alice", merchant: "m-alpha")
            #expect(alice.timeline.map { "\($0.eventID!) \($0.kind!) \($0.usdCents.map(Cents.format) ?? "-") \($0.counted)" } == [
                "a-4 refund 10.00 true", "a-3 purchase 92.00 true", "a-2 purchase 50.00 true", "a-1 purchase 23.60 true",
            ])
            // grace's only row has a negative amount: not scored, but her page still shows why
            let grace = try Self.drillDown(job, "grace", merchant: "m-alpha")
            #expect(grace.current == nil && grace.trajectory.isEmpty)
            #expect(grace.timeline.map(\.note) == ["negative_amount"])
            #expect(CustomerDrillDownText.render(grace).contains("  rfm score           not scored as of 2026-03-01 (no valid purchase in the window)\n"))
            // heidi's kind, ivan's currency, judy's NaN
            #expect(try Self.drillDown(job, "heidi", merchant: "m-alpha").timeline.map(\.note) == ["unknown_kind"])
            #expect(try Self.drillDown(job, "ivan", merchant: "m-alpha").timeline.map(\.note) == ["malformed_currency"])
            #expect(try Self.drillDown(job, "judy", merchant: "m-alpha").timeline.map(\.note) == ["amount_not_a_number"])
        }
    }

    @Test func theJSONForm() throws {
        try TestDatabase.with { database in
            let job = try JobHarness(database)
            try job.run("2026-03-01")
            let json = CustomerDrillDownJSON.render(try Self.drillDown(job, "q1", merchant: "m-gamma"))
            let parsed = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? NSDictionary
            // q1: CAD 10.00 on 2026-01-15 12:00, no rate: $10.00 with a warning; the only customer, so R5 F5 M5;
            // 45 days: 10.00 × 0.95^(45/30) × (5640 − 45)/6000 = 8.63 (FixtureTests).
            let expected = try JSONSerialization.jsonObject(with: Data(#"""
                {"merchant": "m-gamma", "user_key": "q1", "as_of": "2026-03-01",
                 "window": {"from": "2025-03-01", "to": "2026-03-01", "days": 365},
                 "current": {"rfm_score": 100, "segment": "champion", "r_score": 5, "f_score": 5, "m_score": 5,
                             "recency_days": 45, "frequency": 1, "monetary": 10.00, "tenure_days": 45, "predictive_ltv": 8.63,
                             "email_sha256": null, "first_purchase_at": "2026-01-15T12:00:00Z", "last_purchase_at": "2026-01-15T12:00:00Z",
                             "model": null},
                 "timeline": [{"occurred_at": "2026-01-15T12:00:00Z", "kind": "purchase", "currency": "CAD", "amount": "10.00",
                               "usd_amount": 10.00, "event_id": "q1-1", "counted": true, "note": "no rate for CAD, counted at 1.0"}],
                 "trajectory_days": 90,
                 "trajectory": [{"as_of": "2026-03-01", "rfm_score": 100, "segment": "champion", "predictive_ltv": 8.63}],
                 "sparkline": "█"}
                """#.utf8)) as? NSDictionary
            #expect(parsed == expected)
        }
    }

    @Test func anUnknownCustomerIsNamed() throws {
        try TestDatabase.with { database in
            let job = try JobHarness(database)
            try job.run("2026-03-01")
            let failure = try #require(throws: JobFailure.self) { try Self.drillDown(job, "nobody", merchant: "m-alpha") }
            #expect(failure.category == .missingInput)
            #expect(failure.message == "customer \"nobody\" of merchant \"m-alpha\" has no score, no history in the last 90 days and no events from 2025-03-01 to 2026-03-01")
        }
    }
}
