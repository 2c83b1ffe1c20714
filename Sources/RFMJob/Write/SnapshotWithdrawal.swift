import Logging
import PostgresClient
import RFMCore

/// `rfm-nightly withdraw`: undoes the runs of one as-of date of a merchant, as if they had never
/// happened — the way back from a run for a wrong date (a typo'd year, say; SPEC §7 refuses a
/// future date unless asked, but one may have been asked for).
///
/// In one transaction, under the merchant's lock: the date's history rows and segment changes
/// are deleted and its ledger rows marked `withdrawn`. If the current state was that date's,
/// it must become the newest remaining snapshot's (SPEC §6): the caller reruns that date
/// (`restoreDate`), which recomputes it; with no snapshot left it is emptied here. A date with
/// later snapshots is refused: their segment changes were taken against it.
public struct SnapshotWithdrawal {
    let connection: Connection
    let logger: Logger

    public init(connection: Connection, logger: Logger) {
        self.connection = connection
        self.logger = logger
    }

    public struct Outcome: Sendable {
        public let merchant: String
        public var historyRows = 0
        public var changes = 0
        public var runs = 0
        /// The current state was the withdrawn date's: rerun this date to rebuild it.
        public var restoreDate: CivilDate?
        /// The current state was the withdrawn date's and nothing older remains: emptied.
        public var clearedCurrent = 0
    }

    /// Merchants with a succeeded run for `date`, in byte order.
    public func merchants(with date: CivilDate) throws -> [String] {
        try connection.execute(
            "SELECT DISTINCT merchant_id FROM rfm_runs WHERE as_of = $1::date AND status = 'succeeded' ORDER BY 1",
            [date.description]
        ).rows.compactMap { $0[0] }
    }

    /// Withdraws `date` of `merchant`; with `dryRun` only counts what it would remove.
    public func withdraw(_ date: CivilDate, of merchant: String, dryRun: Bool) throws -> Outcome {
        let lock = MerchantLock(connection: connection)
        try lock.acquireForSession(merchant, ownRun: nil)
        defer { lock.releaseForSession(merchant) }
        let calendar = try SnapshotCalendar.load(merchant: merchant, on: connection)
        guard calendar.contains(date) else {
            throw JobFailure(.missingInput, "merchant \"\(merchant)\" has no snapshot for \(date) to withdraw (\(calendar.dates.isEmpty ? "it has none" : "newest \(calendar.newest!)"))")
        }
        let later = calendar.dates.filter { $0 > date }
        guard later.isEmpty else {
            throw JobFailure(.usage, "merchant \"\(merchant)\" has snapshots after \(date) (\(later.map(\.description).joined(separator: ", "))), whose segment changes were taken against it: withdraw the newest first")
        }
        var outcome = Outcome(merchant: merchant)
        do {
            // A dry run does the same in a transaction it then rolls back: the counts are real.
            try connection.transaction {
                let parameters: [String?] = [merchant, date.description]
                outcome.historyRows = try affected("DELETE FROM customer_ltv_history WHERE merchant_id = $1 AND snapshot_date = $2::date", parameters)
                outcome.changes = try affected("DELETE FROM segment_transitions WHERE merchant_id = $1 AND as_of = $2::date", parameters)
                outcome.runs = try affected("""
                    UPDATE rfm_runs SET status = 'withdrawn', error = 'withdrawn by rfm-nightly withdraw at ' || clock_timestamp()
                    WHERE merchant_id = $1 AND as_of = $2::date AND status = 'succeeded'
                    """, parameters)
                if calendar.current == date {
                    if let previous = calendar.previous(before: date) {
                        outcome.restoreDate = previous
                    } else {
                        outcome.clearedCurrent = try affected("DELETE FROM customer_ltv WHERE merchant_id = $1", [merchant])
                    }
                }
                try RunLedger(connection: connection).renoteDates(merchant: merchant)
                if dryRun { throw DryRun() }
            }
        } catch is DryRun {}
        logger.info("snapshot withdrawn", metadata: [
            "merchant": "\(merchant)", "as_of": "\(date)", "rows.history": "\(outcome.historyRows)",
            "runs": "\(outcome.runs)", "dry_run": "\(dryRun)",
        ])
        return outcome
    }

    private func affected(_ sql: String, _ parameters: [String?]) throws -> Int {
        try connection.execute(sql, parameters).affectedRows
    }

    private struct DryRun: Error {}
}
