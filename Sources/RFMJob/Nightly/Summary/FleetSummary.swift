import RFMCore

/// What `run` and `backfill` print by default (issue 19): the night in a dozen lines however
/// many merchants it had — merchants scored, failed and not reached, customers, rows, time, the
/// largest and slowest few — then every failed merchant with its one-line reason. The blocks
/// per merchant (`RunSummaryText`) are `--summary merchants`.
public struct FleetSummary: Sendable {
    /// One merchant's part.
    public struct Entry: Sendable {
        public var merchant: String
        public var failure: JobFailure?
        public var customers: Int
        public var quality: DataQuality
        public var duration: Duration
        /// With `--share`: another process scored it (`ScoredElsewhere`).
        public var scoredElsewhere = false
    }

    /// How many of the largest and the slowest are named.
    public static let named = 3
    /// Failed merchants listed by name, at most (the rest are counted; `rfm_runs` has them all).
    public static let failuresListed = 100

    public private(set) var merchants = 0
    private var succeeded = 0
    private var customers = 0
    private var quality = DataQuality()
    private var largest: [Entry] = []
    private var slowest: [Entry] = []
    private var failed: [Entry] = []
    private var failedCount = 0
    private var notAttempted = 0
    private var elsewhere = 0

    public init() {}

    public mutating func add(_ entry: Entry) {
        merchants += 1
        if let failure = entry.failure {
            // Not reached (the database went away): counted, not listed, however many there are.
            if failure.isNotAttempted { notAttempted += 1 } else { failedCount += 1 }
            if !failure.isNotAttempted, failed.count < Self.failuresListed { failed.append(entry) }
            return
        }
        if entry.scoredElsewhere {
            elsewhere += 1
            return
        }
        succeeded += 1
        customers += entry.customers
        quality.add(entry.quality)
        Self.keep(entry, in: &largest) { ($0.customers, ByteKey($1.merchant)) > ($1.customers, ByteKey($0.merchant)) }
        Self.keep(entry, in: &slowest) { ($0.duration, ByteKey($1.merchant)) > ($1.duration, ByteKey($0.merchant)) }
    }

    /// Keeps the first `named` by `order`: constant memory for any number of merchants.
    private static func keep(_ entry: Entry, in list: inout [Entry], by order: (Entry, Entry) -> Bool) {
        list.append(entry)
        list.sort(by: order)
        if list.count > named { list.removeLast() }
    }

    /// The lines, then `closing`; `elapsed` is the whole command's.
    public func render(elapsed: Duration) -> String {
        var lines: [String] = []
        func line(_ label: String, _ value: String) { lines.append("  " + label.padding(toLength: 20) + value) }
        var counts = "\(RunSummaryText.grouped(succeeded)) scored"
        if elsewhere > 0 { counts += " · \(RunSummaryText.grouped(elsewhere)) by other processes (--share)" }
        if failedCount > 0 { counts += " · \(RunSummaryText.grouped(failedCount)) failed" }
        if notAttempted > 0 { counts += " · \(RunSummaryText.grouped(notAttempted)) not attempted (the run stopped: see the first failure)" }
        line("merchants", counts)
        line("customers scored", RunSummaryText.grouped(customers))
        line("rows", RunSummaryText.rowsText(quality))
        if quality.unknownCurrencyRows > 0 {
            let codes = quality.unknownCurrencies.sorted().map(\.description).joined(separator: ", ")
            line("warnings", "\(RunSummaryText.grouped(quality.unknownCurrencyRows)) rows in currencies without a rate (\(codes)), counted at 1.0")
        }
        line("elapsed", RunSummaryText.seconds(elapsed))
        if !largest.isEmpty {
            line("largest", largest.map { "\($0.merchant) (\(RunSummaryText.grouped($0.customers)))" }.joined(separator: " · "))
            line("slowest", slowest.map { "\($0.merchant) (\(RunSummaryText.seconds($0.duration)))" }.joined(separator: " · "))
        }
        for entry in failed.sorted(by: { ByteKey($0.merchant) < ByteKey($1.merchant) }) {
            line("FAILED", "\(entry.merchant): \(entry.failure?.message ?? "unknown error")")
        }
        if failedCount > failed.count {
            line("", "… and \(RunSummaryText.grouped(failedCount - failed.count)) more failed merchants: SELECT merchant_id, error FROM rfm_runs WHERE status = 'failed'")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

extension FleetSummary.Entry {
    public init(_ outcome: MerchantOutcome) {
        self.init(
            merchant: outcome.merchant, failure: outcome.failure, customers: outcome.summary?.customersScored ?? 0,
            quality: outcome.quality, duration: outcome.timings.total, scoredElsewhere: outcome.scoredElsewhere != nil
        )
    }

    public init(_ outcome: BackfillOutcome) {
        self.init(
            merchant: outcome.merchant, failure: outcome.failure, customers: outcome.dates.last?.summary.customersScored ?? 0,
            quality: outcome.quality, duration: outcome.timings.total
        )
    }
}
