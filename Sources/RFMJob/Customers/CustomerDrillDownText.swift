import RFMCore

/// `rfm-nightly customer --format text`: current score, purchase timeline (newest first, as the
/// seed's page lists it) and score trajectory (newest first, with a sparkline oldest → newest).
public enum CustomerDrillDownText {
    public static func render(_ drillDown: CustomerDrillDown) -> String {
        var lines = ["customer \(drillDown.userKey) · merchant \(drillDown.merchant) · as of \(drillDown.asOf)"]
        func line(_ label: String, _ value: String) { lines.append("  " + MerchantReportText.pad(label, 20) + value) }
        if let current = drillDown.current {
            line("rfm score", "\(current.rfmScore) · \(current.segment) · R\(current.recencyScore) F\(current.frequencyScore) M\(current.monetaryScore)")
            line("predictive LTV", MoneyText.dollars(current.predictiveLTVCents))
            line("recency", "\(current.recencyDays) days (last purchase \(dateTime(current.lastPurchaseAt)))")
            line("frequency", "\(current.frequency) \(current.frequency == 1 ? "purchase" : "purchases") in the window")
            line("monetary", MoneyText.dollars(current.monetaryCents))
            line("first purchase", "\(dateTime(current.firstPurchaseAt)) (tenure \(current.tenureDays) days)")
            line("email sha256", current.emailSHA256 ?? "none")
            if let model = current.model {
                line("model (BG/NBD)", "\(model.expectedPurchases ?? "-") purchases expected in \(model.horizonDays) days · P(alive) \(model.probabilityAlive ?? "-") · churn risk \(model.churnRisk)")
                line("model LTV", model.modelLTVCents.map(MoneyText.dollars) ?? "-")
            }
        } else {
            line("rfm score", "not scored as of \(drillDown.asOf) (no valid purchase in the window)")
        }

        lines.append("")
        lines.append("  purchase timeline, \(drillDown.windowStart) … \(drillDown.asOf.adding(days: -1)) (the scoring window), newest first")
        if drillDown.timeline.isEmpty {
            lines.append("  (no events)")
        } else {
            let idWidth = max(8, drillDown.timeline.map { ($0.eventID ?? "NULL").count }.max()!)
            lines.append("  " + MerchantReportText.pad("date (UTC)", 18) + MerchantReportText.pad("kind", 10) + MerchantReportText.pad("currency", 9)
                + MerchantReportText.padLeft("amount", 10) + MerchantReportText.padLeft("USD", 11) + "  " + MerchantReportText.pad("event id", idWidth) + "  note")
            for entry in drillDown.timeline {
                let row = "  " + MerchantReportText.pad(dateTime(entry.occurredAt), 18) + MerchantReportText.pad(entry.kind ?? "NULL", 10)
                    + MerchantReportText.pad(entry.currency ?? "NULL", 9) + MerchantReportText.padLeft(entry.amount ?? "NULL", 10)
                    + MerchantReportText.padLeft(entry.usdCents.map(Cents.format) ?? "-", 11)
                    + "  " + MerchantReportText.pad(entry.eventID ?? "NULL", idWidth)
                    + "  " + (entry.counted ? (entry.note ?? "") : "not counted: " + (entry.note ?? ""))
                lines.append(row.trailingSpacesRemoved)
            }
        }

        lines.append("")
        let trajectory = drillDown.trajectory
        lines.append("  score trajectory, last \(drillDown.trajectoryDays) days"
            + (trajectory.isEmpty ? "" : "  \(drillDown.sparkline)  (scale 20…100, oldest → newest)"))
        if trajectory.isEmpty { lines.append("  (no snapshots)") }
        for (index, point) in trajectory.enumerated().reversed() {
            var row = "  \(point.asOf)  " + MerchantReportText.padLeft(String(point.rfmScore), 3) + "  "
                + MerchantReportText.pad(point.segment, 12) + MerchantReportText.padLeft(MoneyText.dollars(point.predictiveLTVCents), 12)
            if index > 0, trajectory[index - 1].segment != point.segment { row += "  ← was \(trajectory[index - 1].segment)" }
            lines.append(row.trailingSpacesRemoved)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// "2026-02-10 09:30", UTC, to the minute (the JSON form has the exact instant).
    static func dateTime(_ micros: Int64) -> String {
        let full = ScoresCSV.timestamp(unixMicroseconds: micros)  // 2026-02-10T09:30:00Z
        return "\(full.prefix(10)) \(full.dropFirst(11).prefix(5))"
    }
}
