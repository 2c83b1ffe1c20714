import RFMJob

/// The frame of every dashboard page: the report's own stylesheet (the tiles and charts look as
/// in `report --format html`) with the few rules the dashboard adds, a bar with the way back to
/// the merchants and out, and the content. No script, no font, nothing to fetch.
enum PageLayout {
    static func page(title: String, body: String, loggedIn: Bool, showMerchants: Bool = true) -> String {
        var nav = "<nav>"
        if loggedIn && showMerchants { nav += "<a href=\"/insights/ltv\">Merchants</a>" }
        if loggedIn { nav += "<form method=\"post\" action=\"/logout\"><button type=\"submit\">Log out</button></form>" }
        nav += "</nav>\n"
        return """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8"/>
            <meta name="viewport" content="width=device-width, initial-scale=1"/>
            <title>\(HTMLText.escape(title))</title>
            <style>\(MerchantReportHTML.style)\(style)</style>
            </head>
            <body>
            \(nav)<main>
            \(body)</main>
            <footer>rfm-nightly serve · read-only, from customer_ltv and customer_ltv_history. Money in USD.</footer>
            </body>
            </html>

            """
    }

    static let style = """
        nav{display:flex;gap:16px;align-items:center;margin-bottom:16px}nav form{margin:0 0 0 auto}\
        form.filters{display:flex;flex-wrap:wrap;gap:10px;align-items:end;margin:16px 0}form.filters label{font-size:12px;display:flex;flex-direction:column}\
        table.customers td,table.customers th{text-align:left}table.customers td.number{text-align:right}\
        .badge{display:inline-block;padding:1px 8px;border-radius:9px;color:#fff;font-size:12px}\
        .pages{display:flex;gap:16px;margin:12px 0}code{font-size:12px}a{color:#2a6f97}\
        section.customer,form.login{background:#fff;border:1px solid #dde1e6;border-radius:8px;padding:20px 24px;margin-bottom:28px}
        """
}
