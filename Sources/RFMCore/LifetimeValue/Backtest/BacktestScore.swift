#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How well one method's per-customer predictions matched what customers did in a holdout.
///
/// Per customer: mean absolute and root-mean-square error of spend (USD cents) and of purchases
/// (purchase days). In aggregate: the totals, predicted against actual. Deciles: customers
/// ranked by predicted spend, highest first (ties in the input's order, which is user-key byte
/// order), cut into ten groups by rank — customer i of n is in decile ⌊10 i / n⌋ + 1 — each
/// with its mean prediction and mean outcome. A well-calibrated method has the two close in
/// every decile; a method that ranks well has the actual means fall decile by decile.
public struct BacktestScore: Sendable, Equatable {
    public struct Outcome: Sendable, Equatable {
        public let purchases: Int
        public let spendCents: Int64
        public init(purchases: Int, spendCents: Int64) {
            self.purchases = purchases
            self.spendCents = spendCents
        }
    }

    public struct Prediction: Sendable, Equatable {
        public let purchases: Double
        public let spendCents: Double
        public init(purchases: Double, spendCents: Double) {
            self.purchases = purchases
            self.spendCents = spendCents
        }
    }

    public struct Decile: Sendable, Equatable {
        /// 1 = the highest predicted spend.
        public let number: Int
        public let customers: Int
        public let meanPredictedSpendCents: Double
        public let meanActualSpendCents: Double
        public let meanPredictedPurchases: Double
        public let meanActualPurchases: Double
    }

    public let customers: Int
    public let spendMAECents: Double
    public let spendRMSECents: Double
    public let purchasesMAE: Double
    public let purchasesRMSE: Double
    public let predictedSpendCents: Double
    public let actualSpendCents: Int64
    public let predictedPurchases: Double
    public let actualPurchases: Int
    /// Only the deciles that hold customers (all ten from 10 customers on).
    public let deciles: [Decile]

    /// `predictions[i]` is for `outcomes[i]`.
    public init(outcomes: [Outcome], predictions: [Prediction]) {
        precondition(outcomes.count == predictions.count, "one prediction per customer")
        customers = outcomes.count
        var spendAbsolute = 0.0, spendSquared = 0.0, purchasesAbsolute = 0.0, purchasesSquared = 0.0
        var predictedSpend = 0.0, predictedPurchases = 0.0
        var actualSpend: Int64 = 0, actualPurchases = 0
        for (outcome, prediction) in zip(outcomes, predictions) {
            let spendError = prediction.spendCents - Double(outcome.spendCents)
            let purchasesError = prediction.purchases - Double(outcome.purchases)
            spendAbsolute += abs(spendError)
            spendSquared += spendError * spendError
            purchasesAbsolute += abs(purchasesError)
            purchasesSquared += purchasesError * purchasesError
            predictedSpend += prediction.spendCents
            predictedPurchases += prediction.purchases
            actualSpend += outcome.spendCents
            actualPurchases += outcome.purchases
        }
        let count = Double(max(customers, 1))
        spendMAECents = spendAbsolute / count
        spendRMSECents = (spendSquared / count).squareRoot()
        purchasesMAE = purchasesAbsolute / count
        purchasesRMSE = (purchasesSquared / count).squareRoot()
        predictedSpendCents = predictedSpend
        self.actualSpendCents = actualSpend
        self.predictedPurchases = predictedPurchases
        self.actualPurchases = actualPurchases
        deciles = Self.deciles(outcomes: outcomes, predictions: predictions)
    }

    private static func deciles(outcomes: [Outcome], predictions: [Prediction]) -> [Decile] {
        let ranked = predictions.indices.sorted {
            (predictions[$0].spendCents, $1) > (predictions[$1].spendCents, $0)
        }
        var groups = [[Int]](repeating: [], count: 10)
        for (rank, customer) in ranked.enumerated() {
            groups[rank * 10 / ranked.count].append(customer)
        }
        return groups.enumerated().compactMap { index, members in
            guard !members.isEmpty else { return nil }
            let count = Double(members.count)
            func mean(_ value: (Int) -> Double) -> Double { members.reduce(0) { $0 + value($1) } / count }
            return Decile(
                number: index + 1, customers: members.count,
                meanPredictedSpendCents: mean { predictions[$0].spendCents },
                meanActualSpendCents: mean { Double(outcomes[$0].spendCents) },
                meanPredictedPurchases: mean { predictions[$0].purchases },
                meanActualPurchases: mean { Double(outcomes[$0].purchases) }
            )
        }
    }

    /// (predicted − actual) / actual in percent; nil when nothing actually happened.
    public var spendErrorPercent: Double? {
        actualSpendCents == 0 ? nil : (predictedSpendCents - Double(actualSpendCents)) / Double(actualSpendCents) * 100
    }

    public var purchasesErrorPercent: Double? {
        actualPurchases == 0 ? nil : (predictedPurchases - Double(actualPurchases)) / Double(actualPurchases) * 100
    }
}
