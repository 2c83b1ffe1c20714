/// What reading one merchant's rows found wrong or noteworthy. Every row read lands in exactly one
/// of: used, skipped (by reason), ignored as an identical repeat of an event already counted, or
/// left out because its customer is excluded by configuration.
public struct DataQuality: Sendable, Equatable {
    public var rowsRead = 0
    public var skipped: [SkipReason: Int] = [:]
    /// Identical copies of an event id already read (SPEC §1: a repeated id counts once).
    public var duplicatesIgnored = 0
    /// Rows in the window whose currency has no rate: converted at 1.0 (SPEC §1), a warning.
    public var unknownCurrencyRows = 0
    public var unknownCurrencies: Set<CurrencyCode> = []
    /// Rows at or after the cutoff: outside this run by definition (SPEC §2), not an error.
    public var rowsAfterCutoff = 0
    /// Valid rows of customers excluded by configuration (key patterns, exclusion table), and
    /// how many such customers appeared: left out on purpose, so not a warning.
    public var excludedRows = 0
    public var excludedCustomers = 0

    public init() {}

    public var skippedTotal: Int { skipped.values.reduce(0, +) }

    /// Warnings an analyst should look at: skipped rows and guessed exchange rates.
    public var warningCount: Int { skippedTotal + unknownCurrencyRows }

    mutating func skip(_ reason: SkipReason, count: Int = 1) { skipped[reason, default: 0] += count }

    /// Adds another read's counts to these (a fleet's totals).
    public mutating func add(_ other: DataQuality) {
        rowsRead += other.rowsRead
        for (reason, count) in other.skipped { skip(reason, count: count) }
        duplicatesIgnored += other.duplicatesIgnored
        unknownCurrencyRows += other.unknownCurrencyRows
        unknownCurrencies.formUnion(other.unknownCurrencies)
        rowsAfterCutoff += other.rowsAfterCutoff
        excludedRows += other.excludedRows
        excludedCustomers += other.excludedCustomers
    }
}
