import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import Dashboard
@testable import RFMJob

/// The customer table over HTTP: every sort in both directions equals SQL's ORDER BY, keyset
/// pages concatenate to the whole list (forwards and backwards, no row twice or missing), the
/// filters are export's, the CSV is export's.
@Suite(.enabled(if: TestDatabase.isAvailable)) struct CustomerTableTests {
    /// Every page of `/api/merchants/m/customers` following next_cursor, then back from the last with previous_cursor.
    static func walk(_ client: some TestClientProtocol, _ base: String) async throws -> (forward: [String], backward: [String]) {
        var forward: [String] = [], pages: [[String: Any]] = []
        var uri = base
        while true {
            let page = try DashboardHarness.json(try await DashboardHarness.get(client, uri))
            pages.append(page)
            forward += (page["customers"] as! [[String: Any]]).map { $0["user_key"] as! String }
            guard let next = page["next_cursor"] as? String else { break }
            uri = base + "&cursor=" + next
        }
        var backward = (pages.last!["customers"] as! [[String: Any]]).map { $0["user_key"] as! String }
        var previous = pages.last!["previous_cursor"] as? String
        while let cursor = previous {
            let page = try DashboardHarness.json(try await DashboardHarness.get(client, base + "&cursor=" + cursor))
            backward = (page["customers"] as! [[String: Any]]).map { $0["user_key"] as! String } + backward
            previous = page["previous_cursor"] as? String
        }
        return (forward, backward)
    }

    @Test func keysetPagesInEveryOrderConcatenateToSQLsOrder() async throws {
        try await TestDatabase.withAsync { database in
            let harness = try DashboardHarness(database)
            try await harness.application().test(.router) { client in
                for merchant in ["m-alpha", DashboardHarness.hostileMerchant] {
                    for column in CustomerSort.Column.allCases {
                        for descending in [false, true] {
                            let sort = CustomerSort(column: column, descending: descending)
                            let expected = try harness.orderedKeys(merchant, sort)
                            #expect(expected.count >= 4)
                            let walked = try await Self.walk(client, "/api/merchants/\(merchant.encoded)/customers?sort=\(column.rawValue)&order=\(sort.order)&limit=3")
                            #expect(walked.forward == expected, "\(merchant) \(column) \(sort.order)")
                            #expect(walked.backward == expected, "\(merchant) \(column) \(sort.order) backwards")
                        }
                    }
                }
            }
        }
    }

    @Test func filtersAreExportsAndTheCSVIsExportsOutput() async throws {
        try await TestDatabase.withAsync { database in
            let harness = try DashboardHarness(database)
            try await harness.application().test(.router) { client in
                let query = "segment=champion&segment=loyal&min_score=40&min_ltv=10.50"
                let expected = try harness.orderedKeys(
                    "m-alpha", CustomerSort(column: .rfmScore, descending: true),
                    where: "segment IN ('champion', 'loyal') AND rfm_score >= 40 AND predictive_ltv >= 10.50"
                )
                let walked = try await Self.walk(client, "/api/merchants/m-alpha/customers?sort=rfm_score&order=desc&limit=2&\(query)")
                #expect(walked.forward == expected)

                let filter = CustomerExport.Filter(segments: ["champion", "loyal"], minimumScore: 40, minimumLTVCents: 1050)
                for (merchant, filter, query) in [("m-alpha", filter, query), (DashboardHarness.hostileMerchant, CustomerExport.Filter(), "")] {
                    var bytes: [UInt8] = []
                    _ = try CustomerExport(connection: harness.job.connection).export(merchant: merchant, filter: filter) { bytes += $0 }
                    let csv = try await DashboardHarness.get(client, "/api/merchants/\(merchant.encoded)/customers.csv?\(query)")
                    #expect(csv.status == .ok)
                    #expect(csv.headers[.contentType] == "text/csv; charset=utf-8")
                    #expect(Array(csv.body.readableBytesView) == bytes)
                }
            }
        }
    }

    @Test func badParametersAre400AndUnknownThingsAre404() async throws {
        try await TestDatabase.withAsync { database in
            let harness = try DashboardHarness(database)
            try await harness.application().test(.router) { client in
                for query in ["sort=email", "order=up", "min_score=101", "min_ltv=-1", "min_ltv=1.234", "limit=0", "cursor=garbage", "segment=at-risk"] {
                    #expect(try await DashboardHarness.get(client, "/api/merchants/m-alpha/customers?\(query)").status == .badRequest, "\(query)")
                    #expect(try await DashboardHarness.get(client, "/insights/ltv?merchant=m-alpha&\(query)").status == .badRequest, "\(query)")
                }
                // A cursor of one order does not carry over to another.
                let page = try DashboardHarness.json(try await DashboardHarness.get(client, "/api/merchants/m-alpha/customers?sort=rfm_score&limit=1"))
                let cursor = page["next_cursor"] as! String
                #expect(try await DashboardHarness.get(client, "/api/merchants/m-alpha/customers?sort=user_key&cursor=\(cursor)").status == .badRequest)
                #expect(try await DashboardHarness.get(client, "/api/merchants/m-alpha/customers/nobody-at-all").status == .notFound)
                #expect(try await DashboardHarness.get(client, "/insights/ltv/nobody-at-all?merchant=m-alpha").status == .notFound)
                #expect(try await DashboardHarness.get(client, "/insights/ltv/alice").status == .badRequest)
            }
        }
    }
}
