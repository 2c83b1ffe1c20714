/// What the models are fitted on: every customer with a valid purchase before the cutoff, in
/// user-key byte order (see `LTVEventAccumulator` for how each figure is counted).
public struct LTVCalibration: Sendable {
    public struct Customer: Sendable, Equatable {
        public let userKey: String
        /// (x, t_x, T) over all the customer's purchases before the cutoff, in weeks = days / 7.
        public let history: PurchaseHistory
        /// Repeat purchase days inside the scoring window: the number the spend mean rests on
        /// (the Gamma-Gamma's x). The first purchase day never counts.
        public let spendDays: Int
        /// Mean spend per repeat purchase day in the window, in USD cents, net of the window's
        /// refunds (pro rata); 0 when `spendDays` is 0 or refunds cancel everything.
        public let meanSpendCents: Double
        /// Distinct purchase days in the window, the first purchase day included: the seed's
        /// trailing purchase rate, for the backtest.
        public let windowPurchaseDays: Int

        public init(userKey: String, history: PurchaseHistory, spendDays: Int, meanSpendCents: Double, windowPurchaseDays: Int) {
            self.userKey = userKey
            self.history = history
            self.spendDays = spendDays
            self.meanSpendCents = meanSpendCents
            self.windowPurchaseDays = windowPurchaseDays
        }

        /// The Gamma-Gamma input, for customers it is fitted on: repeat days in the window with spend.
        public var spendHistory: SpendHistory? {
            guard spendDays > 0, meanSpendCents > 0 else { return nil }
            return try? SpendHistory(repeatPurchases: spendDays, meanSpend: meanSpendCents)
        }
    }

    /// The cutoff: purchases before this date's midnight UTC were seen.
    public let asOf: CivilDate
    public var customers: [Customer]

    public init(asOf: CivilDate, customers: [Customer]) {
        self.asOf = asOf
        self.customers = customers
    }

    /// Customers with at least one repeat purchase day.
    public var repeatBuyers: Int { customers.count { $0.history.repeatPurchases > 0 } }

    /// Distinct (x, t_x, T): what one likelihood evaluation loops over. Counted by sorting, which
    /// takes a third of the memory of a set of a million histories.
    public var distinctHistories: Int {
        let sorted = customers.map { ($0.history.repeatPurchases, $0.history.lastPurchaseWeek, $0.history.ageWeeks) }.sorted { $0 < $1 }
        return zip(sorted, sorted.dropFirst()).count { $0 != $1 } + (sorted.isEmpty ? 0 : 1)
    }
}
