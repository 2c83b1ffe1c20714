import Foundation

/// Numbers for people: fixed decimals, thousands grouped with commas ("-9,582.43").
enum NumberText {
    static func fixed(_ value: Double, _ decimals: Int) -> String {
        guard value.isFinite else { return value.isNaN ? "n/a" : (value > 0 ? "∞" : "-∞") }
        var text = String(format: "%.\(decimals)f", value)
        if text.hasPrefix("-"), text.dropFirst().allSatisfy({ $0 == "0" || $0 == "." }) { text.removeFirst() }  // no "-0.00"
        let negative = text.hasPrefix("-")
        let unsigned = negative ? String(text.dropFirst()) : text
        let dot = unsigned.firstIndex(of: ".") ?? unsigned.endIndex
        var integer = String(unsigned[..<dot])
        var grouped = ""
        while integer.count > 3 {
            grouped = "," + integer.suffix(3) + grouped
            integer.removeLast(3)
        }
        return (negative ? "-" : "") + integer + grouped + unsigned[dot...]
    }

    /// `digits` significant digits in fixed notation: 0.241742, 4.39384, 15.4435, 1,544.35. Fitted
    /// parameters are known to about 1e-7 relative; six digits print what is certain.
    static func significant(_ value: Double, _ digits: Int = 6) -> String {
        guard value.isFinite, value != 0 else { return fixed(value, digits - 1) }
        let magnitude = Int((abs(value)).log10Floor)
        return fixed(value, max(0, digits - 1 - magnitude))
    }

    /// "$1,234.56" from cents, held as a Double.
    static func dollars(cents: Double) -> String {
        let text = fixed(cents / 100, 2)
        return text.hasPrefix("-") ? "-$" + text.dropFirst() : "$" + text
    }

    /// "+12.3%", "-4.0%"; "n/a" without a base.
    static func percent(_ value: Double?) -> String {
        guard let value else { return "n/a" }
        let text = fixed(value, 1)
        return (text.hasPrefix("-") || text == "0.0" ? "" : "+") + text + "%"
    }

    /// Left-aligned columns, two spaces apart; the first row is the header.
    static func table(_ rows: [[String]], indent: String = "  ", rightAligned: Set<Int> = []) -> [String] {
        let widths = (0..<(rows.first?.count ?? 0)).map { column in rows.map { $0[column].count }.max() ?? 0 }
        return rows.map { row in
            let cells = row.enumerated().map { column, cell in
                let padding = String(repeating: " ", count: widths[column] - cell.count)
                return rightAligned.contains(column) ? padding + cell : cell + padding
            }
            return (indent + cells.joined(separator: "  ")).trailingSpacesRemoved
        }
    }
}

private extension Double {
    var log10Floor: Double { Foundation.floor(Foundation.log10(self)) }
}
