import RFMCore

/// `rfm-nightly report --format text`: the tiles in the same layout as the run summary, then the
/// segment table, the movement matrix and a sparkline of the trend.
public enum MerchantReportText {
    public static func render(_ reports: [MerchantReport]) -> String {
        reports.map(render).joined(separator: "\n")
    }

    public static func render(_ report: MerchantReport) -> String {
        var lines = ["merchant \(report.merchant) · as of \(report.asOf) · scheme \(report.scheme)"]
        func tile(_ label: String, _ value: String) { lines.append("  " + pad(label, 20) + value) }
        tile("customers scored", MoneyText.count(report.customersScored))
        tile("champion %", "\(report.championPercent)% (\(MoneyText.count(report.championCount)))")
        tile("at-risk count", MoneyText.count(report.atRiskCount))
        tile("avg predictive LTV", MoneyText.dollars(report.averagePredictiveLTVCents))
        tile("LTV trend (30d)", trendText(report))
        lines.append("")
        lines.append(contentsOf: segmentTable(report))
        lines.append("")
        lines.append(contentsOf: movementLines(report))
        lines.append("")
        lines.append(seriesLine(report))
        return lines.joined(separator: "\n") + "\n"
    }

    static func trendText(_ report: MerchantReport) -> String {
        guard let trend = report.trend, let change = report.trendChangeCents else {
            let target = report.asOf.adding(days: -30)
            return "n/a (no snapshot from \(target.adding(days: -7)) to \(target))"
        }
        let percent = report.trendChangePercent.map { " (\($0.hasPrefix("-") ? "" : "+")\($0)%)" } ?? ""
        return "\(MoneyText.signedDollars(change))\(percent) · Σ monetary \(MoneyText.dollars(report.totalMonetaryCents))"
            + " against \(MoneyText.dollars(trend.baseMonetaryCents)) on \(trend.baseDate)"
    }

    static func segmentTable(_ report: MerchantReport) -> [String] {
        let width = max(12, report.segments.map(\.segment.count).max() ?? 0)
        var lines = ["  " + pad("segment", width) + padLeft("customers", 11) + padLeft("share", 8) + padLeft("avg LTV", 14) + padLeft("Σ monetary", 16)]
        for row in report.segments {
            lines.append("  " + pad(row.segment, width)
                + padLeft(MoneyText.count(row.customers), 11)
                + padLeft(SegmentSummary.percent(row.customers, of: report.customersScored) + "%", 8)
                + padLeft(MoneyText.dollars(MerchantReport.average(row.predictiveLTVCents, over: row.customers)), 14)
                + padLeft(MoneyText.dollars(row.monetaryCents), 16))
        }
        return lines
    }

    static func movementLines(_ report: MerchantReport) -> [String] {
        guard let movement = report.movement else {
            return ["  movement            n/a (the first snapshot: nothing to compare with)"]
        }
        let segments = report.segments.map(\.segment)
            + movement.cells.compactMap(\.from).filter { !report.segments.map(\.segment).contains($0) }.uniqued()
        let axis: [String?] = segments + [nil]
        func label(_ segment: String?) -> String { segment ?? "not scored" }
        let rowWidth = max(14, axis.map { label($0).count }.max()! + 2)
        let columnWidths = axis.map { max(label($0).count, 5) + 2 }
        var lines = ["  movement since \(movement.previousAsOf) (rows: segment then, columns: segment now)"]
        lines.append("  " + pad("then \\ now", rowWidth) + zip(axis, columnWidths).map { padLeft(label($0), $1) }.joined())
        for from in axis {
            var line = "  " + pad(label(from), rowWidth)
            for (to, width) in zip(axis, columnWidths) {
                let count = movement.customers(from: from, to: to)
                line += padLeft(from == nil && to == nil ? "" : count == 0 ? "·" : MoneyText.count(count), width)
            }
            lines.append(line.trailingSpacesRemoved)
        }
        let entered = movement.cells.filter { $0.from == nil }.reduce(0) { $0 + $1.customers }
        let left = movement.cells.filter { $0.to == nil }.reduce(0) { $0 + $1.customers }
        let moved = movement.cells.filter { $0.from != nil && $0.to != nil && $0.from != $0.to }.reduce(0) { $0 + $1.customers }
        let stayed = movement.cells.filter { $0.from != nil && $0.from == $0.to }.reduce(0) { $0 + $1.customers }
        lines.append("  \(MoneyText.count(moved)) moved · \(MoneyText.count(entered)) entered · \(MoneyText.count(left)) left · \(MoneyText.count(stayed)) stayed")
        return lines
    }

    static func seriesLine(_ report: MerchantReport) -> String {
        let series = report.series
        guard let first = series.first, let last = series.last else { return "  trend               n/a" }
        let snapshots = series.count == 1 ? "1 snapshot" : "\(series.count) snapshots"
        return "  trend (90d)         \(Sparkline.render(relative: series.map(\.monetaryCents))) Σ monetary on \(snapshots),"
            + " \(first.asOf) … \(last.asOf): \(MoneyText.dollars(first.monetaryCents)) → \(MoneyText.dollars(last.monetaryCents))"
    }

    static func pad(_ text: String, _ width: Int) -> String { text.padding(toLength: width) }

    static func padLeft(_ text: String, _ width: Int) -> String {
        text.count >= width ? " " + text : String(repeating: " ", count: width - text.count) + text
    }
}

extension Array where Element: Hashable {
    func uniqued() -> [Element] {
        var seen = Set<Element>()
        return filter { seen.insert($0).inserted }
    }
}

extension String {
    var trailingSpacesRemoved: String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
