import RFMConfig
import RFMCore

/// What `rfm-nightly backfill` prints per merchant: the read, then one line per date.
public enum BackfillSummaryText {
    public static func render(_ outcome: BackfillOutcome) -> String {
        var header = "merchant \(outcome.merchant) · backfill \(outcome.from) … \(outcome.to) · scheme \(outcome.scheme)"
        if outcome.dryRun { header += " · dry run" }
        var lines = [header]
        func line(_ label: String, _ value: String) { lines.append("  " + label.padding(toLength: 20) + value) }
        if outcome.quality.rowsRead > 0 || outcome.dates.isEmpty == false {
            line("read once", RunSummaryText.rowsText(outcome.quality))
        }
        if !outcome.dates.isEmpty {
            lines.append("  as of        customers  champion %   at-risk  avg pred. LTV  written")
            for date in outcome.dates {
                let summary = date.summary
                let written = outcome.dryRun ? "nothing (dry run)" : (date.wroteCurrent ? "history, current state" : "history")
                lines.append("  \(date.asOf)  "
                    + right(RunSummaryText.grouped(summary.customersScored), 10)
                    + right("\(summary.championPercent)%", 12)
                    + right(RunSummaryText.grouped(summary.atRiskCount), 10)
                    + right("$" + Cents.formatGrouped(summary.averagePredictiveLTVCents), 15)
                    + "  " + written)
            }
        }
        if !outcome.skippedDates.isEmpty {
            line("already done", "\(outcome.skippedDates.count) dates written before with the same settings (--redo recomputes them)")
        }
        if let failure = outcome.failure {
            line("FAILED", failure.message)
        }
        if let settings = outcome.settings, let hash = outcome.settingsHash {
            line("settings", RunSummaryText.settingsText(settings, hash: hash))
        }
        let timings = outcome.timings
        line("elapsed", "\(RunSummaryText.seconds(timings.total)) (read \(RunSummaryText.seconds(timings.read)) · score \(RunSummaryText.seconds(timings.score)) · write \(RunSummaryText.seconds(timings.write)))")
        return lines.joined(separator: "\n") + "\n"
    }

    static func right(_ text: String, _ width: Int) -> String { MerchantReportText.padLeft(text, width) }
}
