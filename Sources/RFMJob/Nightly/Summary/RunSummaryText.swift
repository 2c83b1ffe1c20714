import RFMConfig
import RFMCore

/// The few lines `rfm-nightly run` prints per merchant on stdout.
public enum RunSummaryText {
    public static func render(_ outcome: MerchantOutcome) -> String {
        var header = "merchant \(outcome.merchant) · as of \(outcome.asOf) · scheme \(outcome.scheme)"
        if let runID = outcome.runID { header += " · run \(runID)" }
        if outcome.dryRun { header += " · dry run" }
        if let elsewhere = outcome.scoredElsewhere {
            return header + "\n  scored elsewhere    \(elsewhere.text) (--share)\n"
        }
        guard outcome.succeeded, let summary = outcome.summary else {
            return header + "\n  FAILED              \(outcome.failure?.message ?? "unknown error")\n"
        }
        var lines = [header]
        func line(_ label: String, _ value: String) {
            lines.append("  " + label.padding(toLength: 20) + value)
        }
        line("customers scored", grouped(summary.customersScored))
        line("champion %", "\(summary.championPercent)% (\(grouped(summary.championCount)))")
        line("at-risk count", grouped(summary.atRiskCount))
        line("avg predictive LTV", "$" + Cents.formatGrouped(summary.averagePredictiveLTVCents))
        line("segments", summary.segmentCounts.map { "\($0.segment) \(grouped($0.count))" }.joined(separator: " · "))
        for (label, value) in outcome.model.map(modelLines) ?? [] { line(label, value) }
        line("rows", rowsText(outcome.quality))
        let quality = outcome.quality
        if quality.unknownCurrencyRows > 0 {
            let codes = quality.unknownCurrencies.sorted().map(\.description).joined(separator: ", ")
            line("warnings", "\(grouped(quality.unknownCurrencyRows)) rows in currencies without a rate (\(codes)), counted at 1.0")
        }
        line("written", writtenText(outcome))
        if let settings = outcome.settings, let hash = outcome.settingsHash {
            line("settings", settingsText(settings, hash: hash))
        }
        let timings = outcome.timings
        line("elapsed", "\(seconds(timings.total)) (read \(seconds(timings.read)) · score \(seconds(timings.score)) · write \(seconds(timings.write)))")
        return lines.joined(separator: "\n") + "\n"
    }

    static func rowsText(_ quality: DataQuality) -> String {
        var text = "\(grouped(quality.rowsRead)) read"
        if quality.skippedTotal > 0 {
            let reasons = quality.skipped.sorted { $0.key < $1.key }.map { "\($0.key.rawValue) \(grouped($0.value))" }
            text += " · \(grouped(quality.skippedTotal)) skipped (\(reasons.joined(separator: ", ")))"
        } else {
            text += " · none skipped"
        }
        if quality.duplicatesIgnored > 0 { text += " · \(grouped(quality.duplicatesIgnored)) repeated event ids ignored" }
        if quality.excludedCustomers > 0 {
            let customers = quality.excludedCustomers == 1 ? "customer" : "customers"
            text += " · \(grouped(quality.excludedRows)) excluded (\(grouped(quality.excludedCustomers)) \(customers))"
        }
        if quality.rowsAfterCutoff > 0 { text += " · \(grouped(quality.rowsAfterCutoff)) after the cutoff, ignored" }
        return text
    }

    /// "3f2a9c1e0b7d · window 365 d · horizon 365 d · weights 0.35/0.4/0.25"
    static func settingsText(_ settings: EffectiveSettings, hash: String) -> String {
        let scoring = settings.scoring
        return "\(hash.prefix(12)) · window \(scoring.windowDays) d · horizon \(scoring.horizonDays) d · weights \(scoring.weights)"
    }

    static func writtenText(_ outcome: MerchantOutcome) -> String {
        if outcome.dryRun { return "nothing (dry run)" }
        var parts: [String] = []
        if outcome.wroteHistory { parts.append("history for \(outcome.asOf)") }
        if outcome.wroteCurrent { parts.append("current state") }
        if outcome.keptNewerCurrent { parts.append("current state kept (it holds a newer as-of date)") }
        return parts.joined(separator: ", ")
    }

    /// 1234567 -> "1,234,567".
    public static func grouped(_ value: Int) -> String {
        String(Cents.formatGrouped(Int64(value) * 100).dropLast(3))
    }

    static func seconds(_ duration: Duration) -> String {
        let milliseconds = duration.milliseconds
        let hundredths = (milliseconds + 5) / 10
        return "\(hundredths / 100).\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100) s"
    }
}

extension String {
    func padding(toLength length: Int) -> String {
        count >= length ? self + " " : self + String(repeating: " ", count: length - count)
    }
}
