import RFMCore

extension SVGChart {
    /// A customer's rfm_score per snapshot (the drill-down's trajectory), a line on the
    /// composite's whole range 20…100 over bands at the tracklayer segments' score bounds, so the
    /// line's position reads as a segment at a glance. Each point carries its data, as the
    /// report's marks do.
    static func scoreTrajectory(_ drillDown: CustomerDrillDown) -> String {
        let height = 230, left = 50, right = width - 20, top = 20, bottom = 190
        let points = drillDown.trajectory
        var svg = open(height: height, label: "rfm_score over the last \(drillDown.trajectoryDays) days")
        func y(_ score: Int) -> Int { bottom - scaled(min(max(score, 20), 100) - 20, of: 80, to: bottom - top) }
        for (low, high) in [(20, 40), (40, 60), (60, 80), (80, 100)] {
            svg += "<rect class=\"band\" data-from=\"\(low)\" data-to=\"\(high)\" x=\"\(left)\" y=\"\(y(high))\" width=\"\(right - left)\""
                + " height=\"\(y(low) - y(high))\" fill=\"\(SegmentColor.band(high))\" fill-opacity=\"0.12\"/>"
            svg += "<text x=\"\(left - 6)\" y=\"\(y(high) + 4)\" text-anchor=\"end\">\(high)</text>"
        }
        svg += "<text x=\"\(left - 6)\" y=\"\(y(20) + 4)\" text-anchor=\"end\">20</text>"
        guard let first = points.first, let last = points.last else {
            return svg + "<text x=\"\(left + 10)\" y=\"\(top + 20)\">no snapshots</text></svg>"
        }
        let x = dateScale(from: first.asOf, to: last.asOf, count: points.count, left: left, right: right)
        svg += dateLine(points.map { (x($0.asOf), y($0.rfmScore)) }, from: first.asOf, to: last.asOf, lineClass: "trajectory", left: left, right: right, bottom: bottom)
        for point in points {
            svg += "<circle class=\"point\" data-as-of=\"\(point.asOf)\" data-rfm-score=\"\(point.rfmScore)\" data-segment=\"\(HTMLText.escape(point.segment))\""
                + " cx=\"\(x(point.asOf))\" cy=\"\(y(point.rfmScore))\" r=\"3.5\" fill=\"#2a6f97\"/>"
        }
        return svg + "</svg>"
    }
}
