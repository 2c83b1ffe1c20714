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
        let count = values.count
        guard count > 0 else { return [] }
        let sorted = values.sorted()
        return values.map { value in
            let noBetter = switch better {
            case .higher: upperBound(sorted, value)
            case .lower: count - lowerBound(sorted, value)
            }
            return score(noBetter: noBetter, of: count)
        }
    }

    /// (5·c + N − 1) div N: the integer form of ceil(5·c/N).
    @inline(__always)
    public static func score(noBetter: Int, of count: Int) -> UInt8 {
        UInt8((5 * noBetter + count - 1) / count)
    }

    /// Index of the first element > value.
    static func upperBound(_ sorted: [Int], _ value: Int) -> Int {
        var low = 0, high = sorted.count
        while low < high {
            let middle = (low + high) / 2
            if sorted[middle] <= value { low = middle + 1 } else { high = middle }
        }
        return low
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
