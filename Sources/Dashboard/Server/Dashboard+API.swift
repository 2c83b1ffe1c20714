import Hummingbird
import PostgresClient
import RFMCore
import RFMJob

extension Dashboard {
    /// The same data as JSON, with the renderers of `report --format json` and
    /// `customer --format json`, and the CSV of `export`.
    func addAPIRoutes(to router: Router<BasicRequestContext>) {
        router.get("/api/merchants") { request, _ in
            await api(request) {
                let grant = try grant(request)
                let fields = FormFields(request.uri.query)
                let prefix = fields["prefix"] ?? ""
                let position = try MerchantCursor.position(fields)
                let limit = try Self.limit(fields, default: 100, maximum: 1000)
                let page = try await pool.withConnection { connection in
                    try MerchantList(connection: connection).page(prefix: prefix, at: position, only: grant.listed, limit: limit)
                }
                return Reply.json(MerchantListJSON.render(page))
            }
        }
        router.get("/api/merchants/:merchant/report") { request, context in
            await api(request) {
                let merchant = try Self.pathValue(context, "merchant")
                _ = try grant(request, merchant: merchant)
                let report = try await pool.withConnection { connection in
                    try connection.readingSnapshot {
                        try cachedReport(merchant, on: connection)
                    }
                }
                return Reply.json(MerchantReportJSON.render([report]))
            }
        }
        router.get("/api/merchants/:merchant/customers") { request, context in
            await api(request) {
                let merchant = try Self.pathValue(context, "merchant")
                _ = try grant(request, merchant: merchant)
                let table = try RequestOptions.table(FormFields(request.uri.query), merchant: merchant)
                let (page, asOf) = try await pool.withConnection { connection in
                    try connection.readingSnapshot {
                        try Self.requireScored(merchant, on: connection)
                        try CustomerExport(connection: connection).checkSegments(table.filter.segments, merchant: merchant)
                        let asOf = try MerchantDirectory(connection: connection).calendar(of: merchant).current
                        return (try CustomerTable(connection: connection).page(table), asOf)
                    }
                }
                return Reply.json(CustomerTableJSON.render(page, request: table, asOf: asOf))
            }
        }
        router.get("/api/merchants/:merchant/customers.csv") { request, context in
            await api(request) {
                let merchant = try Self.pathValue(context, "merchant")
                _ = try grant(request, merchant: merchant)
                let filter = try RequestOptions.filter(FormFields(request.uri.query))
                // What would fail fails here, before the 200 and the first byte go out.
                try await pool.withConnection { connection in
                    try Self.requireScored(merchant, on: connection)
                    try CustomerExport(connection: connection).checkSegments(filter.segments, merchant: merchant)
                }
                var headers = Reply.common(contentType: "text/csv; charset=utf-8")
                headers[.contentDisposition] = "attachment; filename=\"\(Self.fileName(merchant))-customers.csv\""
                return Response(status: .ok, headers: headers, body: ExportStream.body(pool: pool, merchant: merchant, filter: filter))
            }
        }
        router.get("/api/merchants/:merchant/customers/:user_key") { request, context in
            await api(request) {
                let merchant = try Self.pathValue(context, "merchant")
                let userKey = try Self.pathValue(context, "user_key")
                _ = try grant(request, merchant: merchant)
                return Reply.json(CustomerDrillDownJSON.render(try await drillDown(merchant: merchant, userKey: userKey)))
            }
        }
    }

    func api(_ request: Request, _ body: () async throws -> Response) async -> Response {
        do {
            return try await body()
        } catch {
            return Reply.apiProblem(Problem.from(error, logger: logger))
        }
    }

    static func limit(_ fields: FormFields, default standard: Int, maximum: Int) throws -> Int {
        guard let text = fields["limit"] else { return standard }
        guard let value = Int(text), (1...maximum).contains(value) else { throw Problem(.badRequest, "limit must be from 1 to \(maximum), not \"\(text)\"") }
        return value
    }

    /// A download name from the merchant id: letters, digits, '-' and '_' kept, the rest '_'.
    static func fileName(_ merchant: String) -> String {
        String(merchant.unicodeScalars.prefix(64).map { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" || $0 == "_") ? Character($0) : "_" })
    }
}
