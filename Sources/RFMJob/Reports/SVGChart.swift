import RFMCore

/// The three inline SVG charts of the HTML report. Coordinates are whole pixels computed in
/// integers, so the same report always gives the same bytes; every mark carries its data in
/// `data-*` attributes, which is also what the tests read.
enum SVGChart {
    static let width = 520

    /// Horizontal bars, one per segment, length proportional to its customers.
    static func segmentBars(_ report: MerchantReport) -> String {
        let rowHeight = 30, labelWidth = 130, barSpace = 280
        let height = rowHeight * report.segments.count + 10
        let largest = report.segments.map(\.customers).max() ?? 0
        var svg = open(height: height, label: "Customers per segment")
        for (index, row) in report.segments.enumerated() {
            let y = 5 + index * rowHeight
            let length = largest == 0 ? 0 : scaled(row.customers, of: largest, to: barSpace)
            let share = SegmentSummary.percent(row.customers, of: report.customersScored)
            svg += "<text x=\"\(labelWidth - 8)\" y=\"\(y + 19)\" text-anchor=\"end\">\(HTMLText.escape(row.segment))</text>"
            svg += "<rect class=\"bar\" data-segment=\"\(HTMLText.escape(row.segment))\" data-customers=\"\(row.customers)\""
                + " x=\"\(labelWidth)\" y=\"\(y + 4)\" width=\"\(length)\" height=\"20\" rx=\"3\" fill=\"\(SegmentColor.fill(row.segment, in: report))\"/>"
            svg += "<text x=\"\(labelWidth + length + 6)\" y=\"\(y + 19)\">\(MoneyText.count(row.customers)) · \(share)%</text>"
        }
        return svg + "</svg>"
    }

    /// Vertical bars over the rfm_score bins, coloured by the tracklayer band they fall in.
    static func scoreHistogram(_ report: MerchantReport) -> String {
        let height = 230, left = 50, bottom = 195, plotHeight = 170
        let bins = report.histogram
        let barSpace = (width - left - 10) / max(bins.count, 1)
        let largest = bins.map(\.customers).max() ?? 0
        var svg = open(height: height, label: "Customers per rfm_score range")
        svg += "<line x1=\"\(left)\" y1=\"\(bottom)\" x2=\"\(width - 10)\" y2=\"\(bottom)\" stroke=\"#999\"/>"
        svg += "<text x=\"\(left - 6)\" y=\"\(bottom - plotHeight + 4)\" text-anchor=\"end\">\(MoneyText.count(largest))</text>"
        svg += "<text x=\"\(left - 6)\" y=\"\(bottom)\" text-anchor=\"end\">0</text>"
        for (index, bin) in bins.enumerated() {
            let x = left + index * barSpace + 4
            let barHeight = largest == 0 ? 0 : scaled(bin.customers, of: largest, to: plotHeight)
            svg += "<rect class=\"bin\" data-from=\"\(bin.from)\" data-to=\"\(bin.to)\" data-customers=\"\(bin.customers)\""
                + " x=\"\(x)\" y=\"\(bottom - barHeight)\" width=\"\(barSpace - 8)\" height=\"\(barHeight)\" fill=\"\(SegmentColor.band(bin.to))\"/>"
            svg += "<text x=\"\(x + (barSpace - 8) / 2)\" y=\"\(bottom + 16)\" text-anchor=\"middle\">\(bin.from)–\(bin.to)</text>"
        }
        return svg + "</svg>"
    }

    /// Σ monetary per snapshot, a line over time (x by date, y from the series' low to high).
    static func trendLine(_ report: MerchantReport) -> String {
        let height = 230, left = 90, right = width - 20, top = 20, bottom = 190
        let series = report.series
        var svg = open(height: height, label: "Σ monetary per snapshot")
        guard let first = series.first, let last = series.last else {
            return svg + "<text x=\"\(left)\" y=\"\(top + 20)\">no snapshots</text></svg>"
        }
        let low = series.map(\.monetaryCents).min()!, high = series.map(\.monetaryCents).max()!
        let x = dateScale(from: first.asOf, to: last.asOf, count: series.count, left: left, right: right)
        func y(_ cents: Int64) -> Int {
            high == low ? (top + bottom) / 2 : bottom - Int(Int128(cents - low) * Int128(bottom - top) / Int128(high - low))
        }
        svg += "<line x1=\"\(left)\" y1=\"\(bottom)\" x2=\"\(right)\" y2=\"\(bottom)\" stroke=\"#999\"/>"
        svg += "<text x=\"\(left - 8)\" y=\"\(y(high) + 4)\" text-anchor=\"end\">\(MoneyText.dollars(high))</text>"
        if high != low { svg += "<text x=\"\(left - 8)\" y=\"\(y(low) + 4)\" text-anchor=\"end\">\(MoneyText.dollars(low))</text>" }
        svg += dateLine(series.map { (x($0.asOf), y($0.monetaryCents)) }, from: first.asOf, to: last.asOf, lineClass: "trend", left: left, right: right, bottom: bottom)
        for point in series {
            svg += "<circle class=\"point\" data-as-of=\"\(point.asOf)\" data-monetary=\"\(Cents.format(point.monetaryCents))\""
                + " cx=\"\(x(point.asOf))\" cy=\"\(y(point.monetaryCents))\" r=\"3.5\" fill=\"#2a6f97\"/>"
        }
        return svg + "</svg>"
    }

    /// x for a date on a line over time: the first date at `left`, the last at `right`; one alone in the middle.
    static func dateScale(from first: CivilDate, to last: CivilDate, count: Int, left: Int, right: Int) -> (CivilDate) -> Int {
        let days = max(last.days(since: first), 1)
        return { date in count == 1 ? (left + right) / 2 : left + scaled(date.days(since: first), of: days, to: right - left) }
    }

    /// The first and last dates under the plot and the line through the points (x, y), for two
    /// points or more: what the report's trend and a customer's trajectory share.
    static func dateLine(_ points: [(Int, Int)], from first: CivilDate, to last: CivilDate, lineClass: String, left: Int, right: Int, bottom: Int) -> String {
        var svg = "<text x=\"\(left)\" y=\"\(bottom + 22)\">\(first)</text>"
        guard points.count > 1 else { return svg }
        svg += "<text x=\"\(right)\" y=\"\(bottom + 22)\" text-anchor=\"end\">\(last)</text>"
        let line = points.map { "\($0.0),\($0.1)" }.joined(separator: " ")
        return svg + "<polyline class=\"\(lineClass)\" points=\"\(line)\" fill=\"none\" stroke=\"#2a6f97\" stroke-width=\"2\"/>"
    }

    static func open(height: Int, label: String) -> String {
        "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"\(HTMLText.escape(label))\""
            + " width=\"\(width)\" height=\"\(height)\" viewBox=\"0 0 \(width) \(height)\">"
    }

    /// value / whole × length, rounded half up, in integers.
    static func scaled(_ value: Int, of whole: Int, to length: Int) -> Int {
        (2 * value * length + whole) / (2 * whole)
    }
}
