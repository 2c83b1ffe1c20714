/// Quintile scores 1…5 under SPEC §4's tie rule: quintile = ceil(5·c/N), where c counts the
/// customers whose value is no better than this one's (itself included). That is
/// `ceil(5 × cume_dist())`: ties share a score, the best value scores 5, and a mass of equal low
/// values is pushed up together (55 % one-time buyers all get F = 3).
public enum Quintiles {
    public enum Better: Sendable {
        /// Frequency, monetary: c = #{j : x_j ≤ x_i}.
        case higher
        /// Recency in days: c = #{j : x_j ≥ x_i}.
        case lower
    }

    public static func scores(_ values: [Int], better: Better) -> [UInt8] {
        let cuts = Cuts(count: values.count, better: better) { values[$0] }
        return values.map(cuts.score)
    }

    /// (5·c + N − 1) div N: the integer form of ceil(5·c/N).
    @inline(__always)
    public static func score(noBetter: Int, of count: Int) -> UInt8 {
        UInt8((5 * noBetter + count - 1) / count)
    }

    /// The four values at which the score steps up, so that scoring a customer takes four
    /// comparisons instead of a search in a sorted copy of every value.
    ///
    /// Why four order statistics are enough: the score is at most s iff 5c ≤ sN, i.e.
    /// c ≤ k_s = ⌊sN/5⌋. With the values sorted ascending (x₍₀₎ ≤ … ≤ x₍N−1₎) and k_s < N:
    /// - higher is better, c = #{x_j ≤ x}: c ≤ k_s iff x < x₍k_s₎;
    /// - lower is better, c = #{x_j ≥ x}: c ≤ k_s iff x > x₍N−1−k_s₎.
    /// So the score is 1 plus the number of s in 1…4 whose cut x does not fall short of.
    /// Ties fall on the same side of every cut: they share a score, as the rule wants.
    struct Cuts: Sendable {
        let better: Better
        /// For s = 1…4: x₍k_s₎ (higher) or x₍N−1−k_s₎ (lower). Unused when there are no values.
        let cuts: (Int, Int, Int, Int)

        /// `value(i)` reads the i-th of `count` values.
        init(count: Int, better: Better, value: (Int) -> Int) {
            self.better = better
            guard count > 0 else {
                cuts = (0, 0, 0, 0)
                return
            }
            let ranks = (1...4).map { step in
                let allowed = step * count / 5
                return better == .higher ? allowed : count - 1 - allowed
            }
            let values = OrderStatistics.values(at: ranks, count: count, value: value)
            cuts = (values[0], values[1], values[2], values[3])
        }

        @inline(__always)
        func score(_ value: Int) -> UInt8 {
            switch better {
            case .higher:
                1 + (value >= cuts.0 ? 1 : 0) + (value >= cuts.1 ? 1 : 0) + (value >= cuts.2 ? 1 : 0) + (value >= cuts.3 ? 1 : 0)
            case .lower:
                1 + (value <= cuts.0 ? 1 : 0) + (value <= cuts.1 ? 1 : 0) + (value <= cuts.2 ? 1 : 0) + (value <= cuts.3 ? 1 : 0)
            }
        }
    }

    /// Index of the first element ≥ value.
    static func lowerBound<Value: Comparable>(_ sorted: [Value], _ value: Value) -> Int {
        var low = 0, high = sorted.count
        while low < high {
            let middle = (low + high) / 2
            if sorted[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
