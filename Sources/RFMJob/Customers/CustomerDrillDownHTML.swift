import RFMCore

/// One customer's drill-down as HTML (the dashboard's `/insights/ltv/{user_key}`): the same
/// figures as `customer --format text`, the trajectory as a line chart, the segment changes
/// and the purchase timeline. A fragment: the caller's page supplies head, style and links.
/// Every value from the database goes through `HTMLText.escape`.
public enum CustomerDrillDownHTML {
    public static func section(_ drillDown: CustomerDrillDown) -> String {
        var html = "<section class=\"customer\" data-user-key=\"\(HTMLText.escape(drillDown.userKey))\">\n"
        html += "<h1>\(HTMLText.escape(drillDown.userKey)) <small>\(HTMLText.escape(drillDown.merchant)) · as of \(drillDown.asOf)</small></h1>\n"
        html += current(drillDown)
        html += "<div class=\"charts\">\n"
        html += MerchantReportHTML.figure("rfm_score over the last \(drillDown.trajectoryDays) days", SVGChart.scoreTrajectory(drillDown))
        html += "</div>\n"
        html += segmentChanges(drillDown)
        html += timeline(drillDown)
        return html + "</section>\n"
    }

    static func current(_ drillDown: CustomerDrillDown) -> String {
        guard let current = drillDown.current else {
            return "<p class=\"not-scored\">Not scored as of \(drillDown.asOf) (no valid purchase in the window).</p>\n"
        }
        var html = "<div class=\"tiles\">\n"
        html += MerchantReportHTML.tile("rfm-score", "rfm_score", String(current.rfmScore), "R\(current.recencyScore) F\(current.frequencyScore) M\(current.monetaryScore)")
        html += MerchantReportHTML.tile("segment", "Segment", current.segment, nil)
        html += MerchantReportHTML.tile("predictive-ltv", "Predictive LTV", MoneyText.dollars(current.predictiveLTVCents), nil)
        html += MerchantReportHTML.tile("recency", "Recency", "\(current.recencyDays) days", "last purchase \(CustomerDrillDownText.dateTime(current.lastPurchaseAt))")
        html += MerchantReportHTML.tile("frequency", "Frequency", String(current.frequency), "monetary \(MoneyText.dollars(current.monetaryCents))")
        if let model = current.model {
            html += MerchantReportHTML.tile("model-ltv", "Model LTV", model.modelLTVCents.map(MoneyText.dollars) ?? "-", "BG/NBD + Gamma-Gamma")
            html += MerchantReportHTML.tile("expected-purchases", "Expected purchases", model.expectedPurchases ?? "-", "in \(model.horizonDays) days · P(alive) \(model.probabilityAlive ?? "-")")
            html += MerchantReportHTML.tile("churn-risk", "Churn risk", model.churnRisk, nil)
        }
        html += "</div>\n"
        html += "<p class=\"identity\">email sha256 <code>\(HTMLText.escape(current.emailSHA256 ?? "none"))</code> · first purchase "
            + "\(CustomerDrillDownText.dateTime(current.firstPurchaseAt)) (tenure \(current.tenureDays) days)</p>\n"
        return html
    }

    /// Snapshots whose segment differs from the one before, newest first.
    static func segmentChanges(_ drillDown: CustomerDrillDown) -> String {
        let points = drillDown.trajectory
        let changes = points.indices.dropFirst().filter { points[$0].segment != points[$0 - 1].segment }.reversed()
        guard !changes.isEmpty else { return "<p class=\"segment-changes-none\">No segment change in the last \(drillDown.trajectoryDays) days.</p>\n" }
        var html = "<table class=\"segment-changes\"><caption>Segment changes</caption><thead><tr><th>as of</th><th>from</th><th>to</th><th>rfm_score</th></tr></thead><tbody>\n"
        for index in changes {
            html += "<tr><td>\(points[index].asOf)</td><td>\(HTMLText.escape(points[index - 1].segment))</td>"
                + "<td>\(HTMLText.escape(points[index].segment))</td><td>\(points[index].rfmScore)</td></tr>\n"
        }
        return html + "</tbody></table>\n"
    }

    static func timeline(_ drillDown: CustomerDrillDown) -> String {
        var html = "<table class=\"timeline\"><caption>Purchase timeline, \(drillDown.windowStart) … \(drillDown.asOf.adding(days: -1)) (the scoring window), newest first</caption>\n"
        html += "<thead><tr><th>date (UTC)</th><th>kind</th><th>currency</th><th>amount</th><th>USD</th><th>event id</th><th>note</th></tr></thead><tbody>\n"
        for entry in drillDown.timeline {
            let note = entry.counted ? (entry.note ?? "") : "not counted: " + (entry.note ?? "")
            html += "<tr class=\"\(entry.counted ? "counted" : "not-counted")\"><td>\(CustomerDrillDownText.dateTime(entry.occurredAt))</td>"
                + "<td>\(HTMLText.escape(entry.kind ?? "NULL"))</td><td>\(HTMLText.escape(entry.currency ?? "NULL"))</td>"
                + "<td>\(HTMLText.escape(entry.amount ?? "NULL"))</td><td>\(entry.usdCents.map(Cents.format) ?? "-")</td>"
                + "<td>\(HTMLText.escape(entry.eventID ?? "NULL"))</td><td>\(HTMLText.escape(note))</td></tr>\n"
        }
        if drillDown.timeline.isEmpty { html += "<tr><td colspan=\"7\">no events</td></tr>\n" }
        return html + "</tbody></table>\n"
    }
}
