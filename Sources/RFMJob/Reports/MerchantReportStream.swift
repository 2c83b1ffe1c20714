/// A report document written a merchant at a time (`MerchantReportQuery.forEachReport`): the
/// same text, JSON or HTML as rendering every report at once, without holding them all.
public struct MerchantReportStream {
    public enum Format: Sendable { case text, json, html }

    let format: Format
    /// The merchant was named: the HTML title names it and its date.
    let single: Bool
    public private(set) var count = 0

    public init(format: Format, single: Bool) {
        self.format = format
        self.single = single
    }

    /// What goes out for `report`: the document's start before the first.
    public mutating func piece(_ report: MerchantReport) -> String {
        defer { count += 1 }
        switch format {
        case .text:
            return (count == 0 ? "" : "\n") + MerchantReportText.render(report)
        case .json:
            return (count == 0 ? "{\n  \"reports\": [\n" : ",\n") + MerchantReportJSON.value(report).text(nestedAt: 2)
        case .html:
            let title = single ? "RFM report · \(report.merchant) · \(report.asOf)" : "RFM report · every merchant"
            return (count == 0 ? MerchantReportHTML.head(title: title) : "") + MerchantReportHTML.section(report)
        }
    }

    /// The document's end, after the last report.
    public func tail() -> String {
        switch format {
        case .text: ""
        case .json: count == 0 ? "{\n  \"reports\": []\n}\n" : "\n  ]\n}\n"
        case .html: MerchantReportHTML.foot
        }
    }
}
