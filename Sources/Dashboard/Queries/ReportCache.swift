import Foundation
import RFMJob

/// The merchant page's tiles and charts, kept between requests. A `MerchantReport` scans the
/// merchant's current state and history (3.3 s for the 1,000,000-customer benchmark merchant),
/// while the table under it reads 51 index entries; the report changes only when a run for the
/// merchant commits, so it is computed once per version of the merchant's `rfm_merchants` row
/// (`version`, read in the page's snapshot: a request reuses a report only if its snapshot shows
/// the same runs) and at most `timeToLive` old (what no ledger row records, e.g. `prune`, shows
/// within it).
///
/// Requests that need a report being computed wait for that one computation rather than start
/// their own: after a night commits, a large merchant's first page costs one scan, not one per
/// connection of the pool.
public final class ReportCache: @unchecked Sendable {
    private struct Entry {
        var version: String
        var report: MerchantReport
        var storedAt: ContinuousClock.Instant
    }

    public let capacity: Int
    public let timeToLive: Duration
    private let clock = ContinuousClock()
    private let condition = NSCondition()
    private var entries: [String: Entry] = [:]
    private var computing: Set<[String]> = []

    public init(capacity: Int = 1_000, timeToLive: Duration = .seconds(60)) {
        self.capacity = capacity
        self.timeToLive = timeToLive
    }

    /// The merchant's report for `version`: kept, or made by `compute` (on the caller's
    /// connection and snapshot) and kept.
    public func report(merchant: String, version: String, compute: () throws -> MerchantReport) throws -> MerchantReport {
        let key = [merchant, version]
        condition.lock()
        while true {
            if let entry = entries[merchant], entry.version == version, clock.now - entry.storedAt < timeToLive {
                condition.unlock()
                return entry.report
            }
            if !computing.contains(key) { break }
            condition.wait()
        }
        computing.insert(key)
        condition.unlock()

        let result = Result { try compute() }
        condition.lock()
        computing.remove(key)
        if case .success(let report) = result { store(report, merchant: merchant, version: version) }
        condition.broadcast()
        condition.unlock()
        return try result.get()
    }

    /// Holding the lock. Over capacity, the oldest entry goes.
    private func store(_ report: MerchantReport, merchant: String, version: String) {
        entries[merchant] = Entry(version: version, report: report, storedAt: clock.now)
        if entries.count > capacity, let oldest = entries.min(by: { $0.value.storedAt < $1.value.storedAt })?.key {
            entries.removeValue(forKey: oldest)
        }
    }
}
