import RFMJob

/// `/insights/ltv` without a merchant: the merchants the token may see, a page at a time, with
/// a prefix search (a platform token may see 100,000).
enum MerchantPickerHTML {
    static func render(_ page: MerchantList.Page, prefix: String, loggedIn: Bool) -> String {
        var body = "<h1>Merchants</h1>\n<form class=\"filters\" method=\"get\" action=\"/insights/ltv\">"
        body += "<label>merchant id starts with<input type=\"text\" name=\"prefix\" value=\"\(HTMLText.escape(prefix))\"/></label>"
        body += "<button type=\"submit\">Search</button></form>\n"
        body += "<table class=\"merchants\"><thead><tr><th>merchant</th><th>customers</th><th>as of</th></tr></thead><tbody>\n"
        for entry in page.merchants {
            body += "<tr data-merchant=\"\(HTMLText.escape(entry.merchant))\"><td><a href=\"\(HTMLText.escape(DashboardLinks.merchantPage(entry.merchant)))\">"
                + "\(HTMLText.escape(entry.merchant))</a></td><td>\(MoneyText.count(entry.customers))</td><td>\(entry.currentAsOf ?? "-")</td></tr>\n"
        }
        if page.merchants.isEmpty { body += "<tr><td colspan=\"3\">no merchant</td></tr>\n" }
        body += "</tbody></table>\n<div class=\"pages\">"
        if let previous = page.previous {
            body += "<a href=\"\(HTMLText.escape(DashboardLinks.with("/insights/ltv", [("prefix", prefix)])))\">first page</a>"
            body += "<a rel=\"prev\" href=\"\(HTMLText.escape(DashboardLinks.with("/insights/ltv", [("prefix", prefix), ("before", MerchantCursor.encode(previous))])))\">← previous</a>"
        }
        if let next = page.next {
            body += "<a rel=\"next\" href=\"\(HTMLText.escape(DashboardLinks.with("/insights/ltv", [("prefix", prefix), ("cursor", MerchantCursor.encode(next))])))\">next →</a>"
        }
        body += "</div>\n"
        return PageLayout.page(title: "Merchants · customer LTV", body: body, loggedIn: loggedIn, showMerchants: false)
    }
}
