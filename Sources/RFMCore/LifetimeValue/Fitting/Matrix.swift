/// A small dense square matrix, row-major: the BFGS inverse-Hessian approximation (3×3 or 4×4).
struct Matrix {
    let dimension: Int
    var entries: [Double]

    static func identity(_ dimension: Int) -> Matrix {
        var entries = [Double](repeating: 0, count: dimension * dimension)
        for index in 0..<dimension { entries[index * dimension + index] = 1 }
        return Matrix(dimension: dimension, entries: entries)
    }

    subscript(row: Int, column: Int) -> Double {
        get { entries[row * dimension + column] }
        set { entries[row * dimension + column] = newValue }
    }

    func scaled(by factor: Double) -> Matrix {
        Matrix(dimension: dimension, entries: entries.map { $0 * factor })
    }

    func times(_ vector: [Double]) -> [Double] {
        (0..<dimension).map { row in
            (0..<dimension).reduce(0) { $0 + self[row, $1] * vector[$1] }
        }
    }

    /// H ← (I − ρ s yᵀ) H (I − ρ y sᵀ) + ρ s sᵀ with ρ = 1 / (yᵀs), expanded for symmetric H
    /// (Nocedal & Wright 2006, eq. 6.17).
    mutating func bfgsUpdate(step s: [Double], gradientChange y: [Double], curvature: Double) {
        let hy = times(y)
        let yhy = zip(y, hy).reduce(0) { $0 + $1.0 * $1.1 }
        let outer = (curvature + yhy) / (curvature * curvature)
        for row in 0..<dimension {
            for column in 0..<dimension {
                self[row, column] += outer * s[row] * s[column] - (hy[row] * s[column] + s[row] * hy[column]) / curvature
            }
        }
    }
}
