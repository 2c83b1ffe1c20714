import Foundation
@testable import RFMCore

/// Customers drawn from a known BG/NBD, deterministically (a seeded SplitMix64), observed to
/// whole days as a real event table would be.
struct SyntheticCustomers {
    let r: Double, alpha: Double, a: Double, b: Double
    /// Ages T are spread evenly over 1…`maxAgeDays` days.
    let maxAgeDays: Int

    func histories(count: Int, seed: UInt64) throws -> [PurchaseHistory] {
        var random = SplitMix64(state: seed)
        var histories: [PurchaseHistory] = []
        histories.reserveCapacity(count)
        for _ in 0..<count {
            let rate = random.gamma(shape: r) / alpha  // purchases a week while alive
            let dropout = random.beta(a, b)
            let ageDays = 1 + Int(random.next() % UInt64(maxAgeDays))
            let age = Double(ageDays) / 7
            var time = 0.0, last = 0.0, purchases = 0
            while true {
                time += -log(random.unitInterval()) / rate
                guard time <= age else { break }
                purchases += 1
                last = time
                if random.unitInterval() < dropout { break }  // dies right after this purchase
            }
            let lastDay = (last * 7).rounded(.down)
            histories.append(try PurchaseHistory(repeatPurchases: purchases, lastPurchaseWeek: lastDay / 7, ageWeeks: age))
        }
        return histories
    }
}

/// Steele, Lea & Flood's SplitMix64: tiny, fast and the same on every platform.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Uniform on (0, 1): never 0, so its logarithm is finite.
    mutating func unitInterval() -> Double {
        (Double(next() >> 11) + 0.5) / 9_007_199_254_740_992
    }

    mutating func standardNormal() -> Double {
        (-2 * log(unitInterval())).squareRoot() * cos(2 * Double.pi * unitInterval())
    }

    /// Gamma(shape, 1) by Marsaglia & Tsang (2000); shapes below 1 through
    /// Gamma(k) = Gamma(k + 1) · U^(1/k).
    mutating func gamma(shape: Double) -> Double {
        if shape < 1 { return gamma(shape: shape + 1) * pow(unitInterval(), 1 / shape) }
        let d = shape - 1.0 / 3, c = 1 / (9 * d).squareRoot()
        while true {
            let normal = standardNormal()
            let v = pow(1 + c * normal, 3)
            guard v > 0 else { continue }
            if log(unitInterval()) < 0.5 * normal * normal + d - d * v + d * log(v) { return d * v }
        }
    }

    mutating func beta(_ a: Double, _ b: Double) -> Double {
        let x = gamma(shape: a)
        return x / (x + gamma(shape: b))
    }
}
