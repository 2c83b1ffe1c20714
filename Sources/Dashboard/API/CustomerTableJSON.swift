import RFMCore
import RFMJob

/// `GET /api/merchants/{id}/customers`: a page of the table, the cursors to the pages beside
/// it (null at either end) and what it was asked for. Rows carry the export's columns.
enum CustomerTableJSON {
    static func render(_ page: CustomerTable.Page, request: CustomerTable.Request, asOf: CivilDate?) -> String {
        JSONValue.object([
            ("merchant", .string(request.merchant)),
            ("as_of", .date(asOf)),
            ("sort", .string(request.sort.column.rawValue)),
            ("order", .string(request.sort.order)),
            ("filter", .object([
                ("segments", .array(request.filter.segments.map { .string($0) })),
                ("min_score", request.filter.minimumScore.map(JSONValue.int) ?? .null),
                ("min_ltv", request.filter.minimumLTVCents.map(JSONValue.money) ?? .null),
            ])),
            ("limit", .int(request.limit)),
            ("customers", .array(page.rows.map { row in
                .object([
                    ("user_key", .string(row.userKey)), ("email_sha256", .string(row.emailSHA256)), ("segment", .string(row.segment)),
                    ("rfm_score", .int(row.rfmScore)), ("predictive_ltv", .money(row.predictiveLTVCents)),
                ])
            })),
            ("next_cursor", .string(page.next?.encoded)),
            ("previous_cursor", .string(page.previous?.encoded)),
        ]).text
    }
}
