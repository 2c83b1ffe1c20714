import RFMCore

/// `rfm-nightly report --format html`: one self-contained page (inline CSS and SVG, no script,
/// no font, image or link to fetch) that any browser opens offline, and that mail clients and
/// file shares pass along intact. The markup is well-formed XML as well as HTML, so tests can
/// parse it.
public enum MerchantReportHTML {
    public static func render(_ reports: [MerchantReport]) -> String {
        let title = reports.count == 1 ? "RFM report · \(reports[0].merchant) · \(reports[0].asOf)" : "RFM report · \(reports.count) merchants"
        return head(title: title) + reports.map(section).joined() + foot
    }

    /// The page up to the first merchant's section.
    static func head(title: String) -> String {
        """
            <!DOCTYPE html>
            <html lang="en" xmlns="http://www.w3.org/1999/xhtml">
            <head>
            <meta charset="utf-8"/>
            <meta name="viewport" content="width=device-width, initial-scale=1"/>
            <title>\(HTMLText.escape(title))</title>
            <style>\(style)</style>
            </head>
            <body>

            """
    }

    /// The page after the last section.
    static let foot = "<footer>Written by rfm-nightly from customer_ltv and customer_ltv_history. Money in USD.</footer>\n</body>\n</html>\n"

    static func section(_ report: MerchantReport) -> String {
        var html = "<section class=\"merchant\" data-merchant=\"\(HTMLText.escape(report.merchant))\">\n"
        html += "<h1>\(HTMLText.escape(report.merchant)) <small>as of \(report.asOf) · scheme \(HTMLText.escape(report.scheme))</small></h1>\n"
        html += tiles(report)
        html += charts(report)
        html += segmentTable(report)
        html += movementTable(report)
        return html + "</section>\n"
    }

    /// Seed 000's five tiles; the dashboard's merchant page shows the same block.
    public static func tiles(_ report: MerchantReport) -> String {
        var html = "<div class=\"tiles\">\n"
        html += tile("customers-scored", "Customers scored", MoneyText.count(report.customersScored), nil)
        html += tile("champion-percent", "Champion %", "\(report.championPercent)%", "\(MoneyText.count(report.championCount)) \(report.championSegment)")
        html += tile("at-risk-count", "At-risk count", MoneyText.count(report.atRiskCount), report.atRiskSegment)
        html += tile("average-predictive-ltv", "Avg predictive LTV", MoneyText.dollars(report.averagePredictiveLTVCents), nil)
        html += trendTile(report)
        return html + "</div>\n"
    }

    /// Segment bars, score histogram and trend, as the dashboard's merchant page shows them too.
    public static func charts(_ report: MerchantReport) -> String {
        var html = "<div class=\"charts\">\n"
        html += figure("Segments", SVGChart.segmentBars(report))
        html += figure("rfm_score histogram", SVGChart.scoreHistogram(report))
        html += figure("Σ monetary over the last 90 days", SVGChart.trendLine(report))
        return html + "</div>\n"
    }

    static func tile(_ id: String, _ label: String, _ value: String, _ note: String?) -> String {
        "<div class=\"tile\" data-tile=\"\(id)\"><div class=\"label\">\(HTMLText.escape(label))</div>"
            + "<div class=\"value\">\(HTMLText.escape(value))</div>"
            + (note.map { "<div class=\"note\">\(HTMLText.escape($0))</div>" } ?? "") + "</div>\n"
    }

    static func trendTile(_ report: MerchantReport) -> String {
        guard let trend = report.trend, let change = report.trendChangeCents else {
            return tile("ltv-trend-30d", "LTV trend (30d)", "n/a", "no snapshot 30 days earlier")
        }
        let percent = report.trendChangePercent.map { "\($0.hasPrefix("-") ? "" : "+")\($0)% · " } ?? ""
        return tile("ltv-trend-30d", "LTV trend (30d)", MoneyText.signedDollars(change),
                    "\(percent)Σ monetary vs \(MoneyText.dollars(trend.baseMonetaryCents)) on \(trend.baseDate)")
    }

    public static func figure(_ caption: String, _ svg: String) -> String {
        "<figure><figcaption>\(HTMLText.escape(caption))</figcaption>\(svg)</figure>\n"
    }

    public static func segmentTable(_ report: MerchantReport) -> String {
        var html = "<table class=\"segments\"><thead><tr><th>segment</th><th>customers</th><th>share</th><th>avg predictive LTV</th><th>Σ monetary</th></tr></thead><tbody>\n"
        for row in report.segments {
            html += "<tr><td><span class=\"swatch\" style=\"background:\(SegmentColor.fill(row.segment, in: report))\"></span>\(HTMLText.escape(row.segment))</td>"
                + "<td>\(MoneyText.count(row.customers))</td><td>\(SegmentSummary.percent(row.customers, of: report.customersScored))%</td>"
                + "<td>\(MoneyText.dollars(MerchantReport.average(row.predictiveLTVCents, over: row.customers)))</td>"
                + "<td>\(MoneyText.dollars(row.monetaryCents))</td></tr>\n"
        }
        return html + "</tbody></table>\n"
    }

    public static func movementTable(_ report: MerchantReport) -> String {
        guard let movement = report.movement else {
            return "<p class=\"movement-none\">Movement: n/a (the first snapshot, nothing to compare with).</p>\n"
        }
        let segments = report.segments.map(\.segment)
            + movement.cells.compactMap(\.from).filter { !report.segments.map(\.segment).contains($0) }.uniqued()
        let axis: [String?] = segments + [nil]
        let largest = movement.cells.filter { $0.from != $0.to }.map(\.customers).max() ?? 0
        var html = "<table class=\"movement\"><caption>Movement since \(movement.previousAsOf): rows are the segment then, columns the segment now</caption>\n"
        html += "<thead><tr><th>then \\ now</th>" + axis.map { "<th>\(HTMLText.escape($0 ?? "not scored"))</th>" }.joined() + "</tr></thead><tbody>\n"
        for from in axis {
            html += "<tr><th>\(HTMLText.escape(from ?? "not scored"))</th>"
            for to in axis {
                let count = movement.customers(from: from, to: to)
                if from == nil && to == nil {
                    html += "<td></td>"
                } else if from == to {
                    html += "<td class=\"stay\">\(MoneyText.count(count))</td>"
                } else {
                    // Changes shaded by size: the darker, the more customers moved that way.
                    let alpha = largest == 0 || count == 0 ? 0 : 15 + SVGChart.scaled(count, of: largest, to: 60)
                    html += "<td class=\"move\" style=\"background:rgba(233,162,59,0.\(alpha < 10 ? "0" : "")\(alpha))\">\(count == 0 ? "·" : MoneyText.count(count))</td>"
                }
            }
            html += "</tr>\n"
        }
        return html + "</tbody></table>\n"
    }

    /// The page's CSS, which the dashboard's pages start from.
    public static let style = """
        body{font-family:-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:#1d2733;margin:24px;background:#f6f7f9}\
        section.merchant{background:#fff;border:1px solid #dde1e6;border-radius:8px;padding:20px 24px;margin-bottom:28px}\
        h1{font-size:22px;margin:0 0 16px}h1 small{font-weight:normal;color:#5b6776;font-size:14px;margin-left:8px}\
        .tiles{display:flex;flex-wrap:wrap;gap:12px;margin-bottom:18px}\
        .tile{flex:1 1 150px;border:1px solid #dde1e6;border-radius:6px;padding:10px 14px;background:#fbfcfd}\
        .tile .label{font-size:12px;text-transform:uppercase;letter-spacing:.04em;color:#5b6776}\
        .tile .value{font-size:24px;font-weight:600;margin-top:4px}.tile .note{font-size:12px;color:#5b6776;margin-top:2px}\
        .charts{display:flex;flex-wrap:wrap;gap:16px;align-items:flex-start}figure{margin:0;border:1px solid #eef0f3;border-radius:6px;padding:8px}\
        figcaption{font-size:13px;font-weight:600;margin-bottom:4px}svg text{font-size:12px;fill:#1d2733}\
        table{border-collapse:collapse;margin-top:18px;font-size:13px}th,td{border:1px solid #dde1e6;padding:4px 10px;text-align:right}\
        th:first-child,td:first-child{text-align:left}caption{text-align:left;font-weight:600;margin-bottom:6px}\
        td.stay{color:#5b6776}.swatch{display:inline-block;width:10px;height:10px;border-radius:2px;margin-right:6px}\
        footer{color:#5b6776;font-size:12px}
        """
}
