/// Colours: the five tracklayer segments by meaning, other schemes' segments from a palette.
public enum SegmentColor {
    static let tracklayer = ["champion": "#1b7f3b", "loyal": "#2a9d8f", "at_risk": "#e9a23b", "lost": "#d1495b", "new": "#8d99ae"]
    static let palette = ["#1b7f3b", "#2a9d8f", "#4d908e", "#577590", "#90be6d", "#f9c74f", "#e9a23b", "#f3722c", "#d1495b", "#8d99ae"]

    public static func fill(_ segment: String, in report: MerchantReport) -> String {
        if report.scheme == "tracklayer", let color = tracklayer[segment] { return color }
        let index = report.segments.firstIndex { $0.segment == segment } ?? 0
        return palette[index % palette.count]
    }

    /// The tracklayer band a score range ends in (81–100 champion … ≤ 20 new).
    public static func band(_ upperScore: Int) -> String {
        switch upperScore {
        case ...20: tracklayer["new"]!
        case ...40: tracklayer["lost"]!
        case ...60: tracklayer["at_risk"]!
        case ...80: tracklayer["loyal"]!
        default: tracklayer["champion"]!
        }
    }
}
