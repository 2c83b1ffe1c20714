import PostgresClient
import RFMCore

/// The dates a merchant has snapshots for in `customer_ltv_history`, and the one `customer_ltv`
/// holds, as the run ledger records them (succeeded runs, which always write history).
///
/// The ledger is a few rows per merchant per day, indexed by (merchant_id, as_of); finding the
/// same dates in `customer_ltv_history` would scan a row per customer per date.
public struct SnapshotCalendar: Sendable, Equatable {
    /// Ascending, distinct.
    public let dates: [CivilDate]
    /// The as-of date of `customer_ltv`, if any run has written it.
    public let current: CivilDate?

    public init(dates: [CivilDate], current: CivilDate?) {
        self.dates = dates
        self.current = current
    }

    static func load(merchant: String, on connection: Connection) throws -> SnapshotCalendar {
        let result = try connection.execute("""
            SELECT as_of::text, bool_or(wrote_current)::text FROM rfm_runs
            WHERE merchant_id = $1 AND status = 'succeeded' AND wrote_history
            GROUP BY as_of ORDER BY as_of
            """, [merchant])
        var dates: [CivilDate] = [], current: CivilDate?
        for row in result.rows {
            guard let date = row[0].flatMap(CivilDate.init(iso:)) else { continue }
            dates.append(date)
            if row[1] == "true" { current = date }
        }
        return SnapshotCalendar(dates: dates, current: current)
    }

    public var newest: CivilDate? { dates.last }

    public func contains(_ date: CivilDate) -> Bool { dates.contains(date) }

    /// The newest snapshot before `date`.
    public func previous(before date: CivilDate) -> CivilDate? { dates.last { $0 < date } }

    /// The oldest snapshot after `date`.
    public func next(after date: CivilDate) -> CivilDate? { dates.first { $0 > date } }

    /// The snapshot a "change over `days` days" compares `date` with: the newest one on or before
    /// `date − days`, if it is at most `tolerance` days older than that (a missed nightly run or
    /// two should not blank the figure, but a comparison with half a year ago is not "30 days").
    public func base(for date: CivilDate, daysBefore days: Int, tolerance: Int) -> CivilDate? {
        let target = date.adding(days: -days)
        guard let found = dates.last(where: { $0 <= target }), target.days(since: found) <= tolerance else { return nil }
        return found
    }

    /// Snapshots in (date − days, date], oldest first.
    public func window(endingAt date: CivilDate, days: Int) -> [CivilDate] {
        let start = date.adding(days: -days)
        return dates.filter { $0 > start && $0 <= date }
    }
}
