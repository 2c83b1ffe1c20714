import PostgresClient
import RFMCore

/// Which merchants have results, for the commands that read them (report, export, customer,
/// changes): a merchant nobody has scored is named as such, with the ones that do exist,
/// rather than printing an empty result that looks like "no customers".
public struct MerchantDirectory {
    let connection: Connection

    public init(connection: Connection) { self.connection = connection }

    /// Merchants with at least one snapshot, in byte order: `rfm_merchants`, a row each, not a
    /// scan of every run the ledger holds.
    public func scoredMerchants() throws -> [String] {
        try connection.execute("SELECT merchant_id FROM rfm_merchants WHERE newest_as_of IS NOT NULL ORDER BY 1").rows.compactMap { $0[0] }
    }

    /// The merchant's snapshot calendar; a `missingInput` failure if it has none.
    public func calendar(of merchant: String) throws -> SnapshotCalendar {
        let calendar = try SnapshotCalendar.load(merchant: merchant, on: connection)
        guard calendar.newest != nil else { throw try unknown(merchant) }
        return calendar
    }

    /// The failure for a merchant without results, listing (a few of) those with results.
    func unknown(_ merchant: String) throws -> JobFailure {
        JobFailure(.missingInput, "merchant \"\(merchant)\" has no scores (\(try knownMerchants()))")
    }

    /// "merchants with scores: a, b, …", the first ten, for a message about a name that is not one.
    func knownMerchants() throws -> String {
        let known = try scoredMerchants()
        return known.isEmpty
            ? "no merchant has been scored yet: run `rfm-nightly run` first"
            : "merchants with scores: " + known.prefix(10).joined(separator: ", ") + (known.count > 10 ? ", … (\(known.count) in all)" : "")
    }

    /// The failure for an as-of date the merchant has no snapshot for.
    static func noSnapshot(_ merchant: String, on date: CivilDate, calendar: SnapshotCalendar) -> JobFailure {
        let nearest = [calendar.previous(before: date), calendar.next(after: date)].compactMap { $0?.description }
        return JobFailure(
            .missingInput,
            "merchant \"\(merchant)\" has no snapshot for \(date) (nearest: \(nearest.joined(separator: " and ")); newest \(calendar.newest!))"
        )
    }
}
