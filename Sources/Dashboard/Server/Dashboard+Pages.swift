import Hummingbird
import PostgresClient
import RFMJob

extension Dashboard {
    /// The HTML pages: the merchant picker, a merchant's page, a customer's drill-down.
    func addPageRoutes(to router: Router<BasicRequestContext>) {
        router.get("/insights/ltv") { request, _ in
            await page(request) { grant in
                let fields = FormFields(request.uri.query)
                if let merchant = fields["merchant"] { return try await merchantPage(request, merchant: merchant, fields: fields) }
                if case .only(let merchants) = grant, merchants.count == 1, let only = merchants.first {
                    return Reply.redirect(to: DashboardLinks.merchantPage(only))
                }
                let prefix = fields["prefix"] ?? ""
                let position = try MerchantCursor.position(fields)
                let listed = try await pool.withConnection { connection in
                    try MerchantList(connection: connection).page(prefix: prefix, at: position, only: grant.listed, limit: 100)
                }
                return Reply.html(MerchantPickerHTML.render(listed, prefix: prefix, loggedIn: true))
            }
        }
        router.get("/insights/ltv/:user_key") { request, context in
            await page(request) { _ in
                let userKey = try Self.pathValue(context, "user_key")
                guard let merchant = FormFields(request.uri.query)["merchant"] else { throw Problem(.badRequest, "merchant=ID is needed") }
                _ = try grant(request, merchant: merchant)
                let drillDown = try await drillDown(merchant: merchant, userKey: userKey)
                let body = "<p><a href=\"\(HTMLText.escape(DashboardLinks.merchantPage(merchant)))\">← \(HTMLText.escape(merchant))</a></p>\n"
                    + CustomerDrillDownHTML.section(drillDown)
                return Reply.html(PageLayout.page(title: "\(userKey) · \(merchant)", body: body, loggedIn: true))
            }
        }
    }

    func merchantPage(_ request: Request, merchant: String, fields: FormFields) async throws -> Response {
        _ = try grant(request, merchant: merchant)
        let table = try RequestOptions.table(fields, merchant: merchant)
        // Tiles and table from one snapshot: they agree, whatever the night is writing.
        let (report, page, segments) = try await pool.withConnection { connection in
            try connection.readingSnapshot {
                let report = try cachedReport(merchant, on: connection)
                let export = CustomerExport(connection: connection)
                try export.checkSegments(table.filter.segments, merchant: merchant)
                return (report, try CustomerTable(connection: connection).page(table), report.segments.map(\.segment))
            }
        }
        return Reply.html(MerchantPageHTML.render(report: report, page: page, request: table, segments: segments, loggedIn: true))
    }

    /// The drill-down of `customer`, 90 days of trajectory; an unknown customer is a 404, and so
    /// is a merchant without scores, in our own words (Problem.noScores).
    func drillDown(merchant: String, userKey: String) async throws -> CustomerDrillDown {
        try await pool.withConnection { [logger, source] connection in
            do {
                return try CustomerDrillDownQuery(connection: connection, logger: logger)
                    .drillDown(merchant: merchant, userKey: userKey, days: 90) { try source.relation(on: connection) }
            } catch is CustomerDrillDownQuery.Unscored {
                throw Problem.noScores(merchant)
            }
        }
    }

    /// Runs a page's handler with the request's grant; problems become error pages.
    func page(_ request: Request, _ body: (MerchantGrant) async throws -> Response) async -> Response {
        let loggedIn = (try? grant(request)) != nil
        do {
            return try await body(try grant(request))
        } catch {
            return Reply.pageProblem(Problem.from(error, logger: logger), loggedIn: loggedIn)
        }
    }
}
