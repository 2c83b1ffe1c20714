import RFMCore
import RFMJob

/// The merchant page's customer table: a header link per column sorts by it (ascending, then
/// descending on a second click), a badge per segment in the report's colours, each row a link
/// to the customer's drill-down, and next / previous links carrying the keyset cursor. Plain
/// links and a GET form: it works without script.
enum CustomerTableHTML {
    static func render(_ page: CustomerTable.Page, request: CustomerTable.Request, report: MerchantReport) -> String {
        var html = "<table class=\"customers\" data-sort=\"\(request.sort.column.rawValue)\" data-order=\"\(request.sort.order)\"><thead><tr>"
        for column in CustomerSort.Column.allCases {
            let current = request.sort.column == column
            let next = CustomerSort(column: column, descending: current ? !request.sort.descending : false)
            let arrow = current ? (request.sort.descending ? " ▼" : " ▲") : ""
            html += "<th><a href=\"\(HTMLText.escape(link(request, sort: next, cursor: nil)))\">\(column.rawValue)\(arrow)</a></th>"
        }
        html += "</tr></thead><tbody>\n"
        for row in page.rows {
            html += "<tr data-user-key=\"\(HTMLText.escape(row.userKey))\">"
                + "<td><a href=\"\(HTMLText.escape(DashboardLinks.customerPage(request.merchant, row.userKey)))\">\(HTMLText.escape(row.userKey))</a></td>"
                + "<td><code>\(HTMLText.escape(row.emailSHA256 ?? ""))</code></td>"
                + "<td><span class=\"badge\" style=\"background:\(SegmentColor.fill(row.segment, in: report))\">\(HTMLText.escape(row.segment))</span></td>"
                + "<td class=\"number\">\(row.rfmScore)</td><td class=\"number\">\(MoneyText.dollars(row.predictiveLTVCents))</td></tr>\n"
        }
        if page.rows.isEmpty { html += "<tr><td colspan=\"5\">no customer matches</td></tr>\n" }
        html += "</tbody></table>\n<div class=\"pages\">"
        if let previous = page.previous {
            html += "<a rel=\"prev\" href=\"\(HTMLText.escape(link(request, sort: request.sort, cursor: previous)))\">← previous</a>"
        }
        if let next = page.next {
            html += "<a rel=\"next\" href=\"\(HTMLText.escape(link(request, sort: request.sort, cursor: next)))\">next →</a>"
        }
        return html + "</div>\n"
    }

    /// This page's address with another sort or cursor, the filters kept.
    static func link(_ request: CustomerTable.Request, sort: CustomerSort, cursor: CustomerCursor?) -> String {
        DashboardLinks.with("/insights/ltv", [("merchant", request.merchant)] + RequestOptions.query(request.filter)
            + [("sort", sort.column.rawValue), ("order", sort.order), ("cursor", cursor?.encoded),
               ("limit", request.limit == RequestOptions.defaultLimit ? nil : String(request.limit))])
    }
}
