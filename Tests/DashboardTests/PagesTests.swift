import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import Dashboard
@testable import RFMJob

/// The pages and the JSON hold the existing renderers' output for the same merchant and
/// customer; every value from the database is escaped.
@Suite(.enabled(if: TestDatabase.isAvailable)) struct PagesTests {
    @Test func theMerchantPageShowsTheReportsTilesAndChartsAndTheTableInSQLsOrder() async throws {
        try await TestDatabase.withAsync { database in
            let harness = try DashboardHarness(database)
            let report = try MerchantReportQuery(connection: harness.job.connection).reports(merchant: "m-alpha", asOf: nil)[0]
            try await harness.application().test(.router) { client in
                let response = try await DashboardHarness.get(client, "/insights/ltv?merchant=m-alpha&limit=500")
                #expect(response.status == .ok)
                #expect(response.headers[.contentSecurityPolicy]?.contains("default-src 'none'") == true)
                let html = String(buffer: response.body)
                #expect(html.contains(MerchantReportHTML.tiles(report)))
                #expect(html.contains(MerchantReportHTML.charts(report)))
                #expect(!html.contains("<script"))
                let rows = html.matches(of: /<tr data-user-key="([^"]*)">/).map { String($0.1) }
                #expect(rows == (try harness.orderedKeys("m-alpha", .standard)))
                #expect(html.contains("formaction=\"/api/merchants/m-alpha/customers.csv\""))

                let json = try await DashboardHarness.get(client, "/api/merchants/m-alpha/report")
                #expect(String(buffer: json.body) == MerchantReportJSON.render([report]))
            }
        }
    }

    /// The report is kept between requests (ReportCache) and follows the ledger: a night that
    /// commits shows on the next request.
    @Test func theKeptReportFollowsANewNight() async throws {
        try await TestDatabase.withAsync { database in
            let harness = try DashboardHarness(database)
            @Sendable func stored() throws -> String {
                MerchantReportJSON.render(try MerchantReportQuery(connection: harness.job.connection).reports(merchant: "m-alpha", asOf: nil))
            }
            try await harness.application().test(.router) { client in
                func served() async throws -> String { String(buffer: try await DashboardHarness.get(client, "/api/merchants/m-alpha/report").body) }
                let before = try stored()
                #expect(try await served() == before)
                #expect(try await served() == before)  // kept
                try harness.job.run("2026-05-01")
                let after = try stored()
                #expect(after != before)
                #expect(try await served() == after)
            }
        }
    }

    @Test func hostileKeysAndMerchantIdsAreEscapedAndTheirDrillDownsEqualCustomersJSON() async throws {
        try await TestDatabase.withAsync { database in
            let harness = try DashboardHarness(database)
            let merchant = DashboardHarness.hostileMerchant
            try await harness.application().test(.router) { client in
                let page = String(buffer: try await DashboardHarness.get(client, "/insights/ltv?merchant=\(merchant.encoded)").body)
                #expect(!page.contains("<script>"))
                #expect(page.contains(HTMLText.escape(merchant)))
                let picker = String(buffer: try await DashboardHarness.get(client, "/insights/ltv?prefix=%3Cscr").body)
                #expect(picker.contains(HTMLText.escape(DashboardLinks.merchantPage(merchant))) && !picker.contains("<script>"))
                for key in DashboardHarness.hostileKeys {
                    #expect(page.contains("<tr data-user-key=\"\(HTMLText.escape(key))\">"))
                    #expect(page.contains(HTMLText.escape(DashboardLinks.customerPage(merchant, key))))
                    let expected = try CustomerDrillDownQuery(connection: harness.job.connection, logger: .quiet)
                        .drillDown(merchant: merchant, userKey: key, days: 90)
                    let json = try await DashboardHarness.get(client, "/api/merchants/\(merchant.encoded)/customers/\(key.encoded)")
                    #expect(json.status == .ok)
                    #expect(String(buffer: json.body) == CustomerDrillDownJSON.render(expected))
                    let html = try await DashboardHarness.get(client, DashboardLinks.customerPage(merchant, key))
                    #expect(html.status == .ok)
                    let body = String(buffer: html.body)
                    #expect(!body.contains("<script>") && !body.contains(key.contains("<") || key.contains("\"") ? key : "\u{0}"))
                    #expect(body.contains(CustomerDrillDownHTML.section(expected)))
                }
            }
        }
    }

    @Test func theMerchantListIsKeysetPagedAndSearchedByPrefix() async throws {
        try await TestDatabase.withAsync { database in
            let harness = try DashboardHarness(database)
            let all = try harness.job.connection.execute("SELECT merchant_id FROM rfm_merchants WHERE newest_as_of IS NOT NULL ORDER BY 1").rows.map { $0[0]! }
            try await harness.application().test(.router) { client in
                var listed: [String] = []
                var uri = "/api/merchants?limit=1"
                while true {
                    let page = try DashboardHarness.json(try await DashboardHarness.get(client, uri))
                    listed += (page["merchants"] as! [[String: Any]]).map { $0["merchant"] as! String }
                    guard let next = page["next_cursor"] as? String else { break }
                    uri = "/api/merchants?limit=1&cursor=\(next)"
                }
                #expect(listed == all)
                // And back again from the last page, a page at a time, with previous_cursor.
                var back: [String] = []
                var last = try DashboardHarness.json(try await DashboardHarness.get(client, uri))
                #expect(last["next_cursor"] is NSNull)
                while let previous = last["previous_cursor"] as? String {
                    last = try DashboardHarness.json(try await DashboardHarness.get(client, "/api/merchants?limit=1&before=\(previous)"))
                    back += (last["merchants"] as! [[String: Any]]).map { $0["merchant"] as! String }
                }
                #expect(back == all.dropLast().reversed())
                let firstPage = try DashboardHarness.json(try await DashboardHarness.get(client, "/api/merchants?limit=1"))
                #expect(firstPage["previous_cursor"] is NSNull)
                let searched = try DashboardHarness.json(try await DashboardHarness.get(client, "/api/merchants?prefix=m-b"))
                #expect((searched["merchants"] as! [[String: Any]]).map { $0["merchant"] as! String } == ["m-beta"])
                let picker = String(buffer: try await DashboardHarness.get(client, "/insights/ltv").body)
                #expect(picker.matches(of: /<tr data-merchant="([^"]*)">/).map { String($0.1) } == all.map(HTMLText.escape))
            }
            #expect(MerchantList.successor(of: "m-a") == "m-b")
            #expect(MerchantList.successor(of: "a\u{10FFFF}") == "b")
            #expect(MerchantList.successor(of: "") == nil)
        }
    }
}
