import RFMCore
import RFMJob

/// `/insights/ltv?merchant=ID`: the report's tiles and charts (the same rendering code as
/// `report --format html`), a filter form, the customer table and the export button, all read in
/// one snapshot.
enum MerchantPageHTML {
    static func render(report: MerchantReport, page: CustomerTable.Page, request: CustomerTable.Request, segments: [String], loggedIn: Bool) -> String {
        var body = "<section class=\"merchant\" data-merchant=\"\(HTMLText.escape(report.merchant))\">\n"
        body += "<h1>\(HTMLText.escape(report.merchant)) <small>as of \(report.asOf) · scheme \(HTMLText.escape(report.scheme))</small></h1>\n"
        body += MerchantReportHTML.tiles(report)
        body += MerchantReportHTML.charts(report)
        body += filterForm(request, segments: segments)
        body += CustomerTableHTML.render(page, request: request, report: report)
        body += "</section>\n"
        return PageLayout.page(title: "\(report.merchant) · customer LTV", body: body, loggedIn: loggedIn)
    }

    /// A GET form: the filters become the address, which can be bookmarked and shared. The
    /// export button sends the same filters to the CSV export.
    static func filterForm(_ request: CustomerTable.Request, segments: [String]) -> String {
        let filter = request.filter
        var html = "<form class=\"filters\" method=\"get\" action=\"/insights/ltv\">"
        html += "<input type=\"hidden\" name=\"merchant\" value=\"\(HTMLText.escape(request.merchant))\"/>"
        html += "<input type=\"hidden\" name=\"sort\" value=\"\(request.sort.column.rawValue)\"/><input type=\"hidden\" name=\"order\" value=\"\(request.sort.order)\"/>"
        html += "<label>segment<select name=\"segment\"><option value=\"\">every segment</option>"
        for segment in segments {
            let selected = filter.segments.contains(segment) ? " selected=\"selected\"" : ""
            html += "<option value=\"\(HTMLText.escape(segment))\"\(selected)>\(HTMLText.escape(segment))</option>"
        }
        html += "</select></label>"
        html += "<label>min rfm_score<input type=\"number\" name=\"min_score\" min=\"0\" max=\"100\" value=\"\(filter.minimumScore.map(String.init) ?? "")\"/></label>"
        html += "<label>min predictive LTV ($)<input type=\"text\" name=\"min_ltv\" inputmode=\"decimal\" value=\"\(filter.minimumLTVCents.map(Cents.format) ?? "")\"/></label>"
        html += "<button type=\"submit\">Filter</button>"
        html += "<button type=\"submit\" formaction=\"\(HTMLText.escape(DashboardLinks.export(request.merchant)))\">Export CSV</button>"
        return html + "</form>\n"
    }
}
