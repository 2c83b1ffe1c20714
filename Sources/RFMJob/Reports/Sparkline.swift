/// A line of block characters, one per value, low to high: `▁▂▃▄▅▆▇█`.
public enum Sparkline {
    static let levels: [Character] = Array("▁▂▃▄▅▆▇█")

    /// Each value placed on a fixed scale (values outside it are clamped), so two sparklines on
    /// the same scale compare: scores use 20…100, the composite's whole range.
    public static func render(_ values: [Int64], scale: ClosedRange<Int64>) -> String {
        let span = scale.upperBound - scale.lowerBound
        return String(values.map { value -> Character in
            guard span > 0 else { return levels[3] }
            let clamped = Int128(min(max(value, scale.lowerBound), scale.upperBound) - scale.lowerBound)
            let top = Int128(levels.count - 1)
            return levels[Int((2 * clamped * top + Int128(span)) / (2 * Int128(span)))]  // the nearest level
        })
    }

    /// Scaled from the smallest value to the largest: shows the shape of a series. All equal: a flat middle line.
    public static func render(relative values: [Int64]) -> String {
        guard let low = values.min(), let high = values.max() else { return "" }
        return render(values, scale: low...high)
    }
}
