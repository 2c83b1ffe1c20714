import Foundation
import RFMCore

/// Keeps a backfill's dates in merchant order within each day's history partition, where that
/// order costs (docs/DECISIONS.md, "Write path").
///
/// A day's partition has one unique index led by `merchant_id`. Rows that land after every key
/// already there only append; rows that land before keys already there split every leaf they
/// fill in half and miss the rightmost-leaf fast path: copying the large merchant's 900,000 rows
/// took 2.2 s into an empty day and 2.7–3.0 s (and twice the index) into one already holding
/// 68,000 rows of four small merchants whose ids sort after it. The small merchants of a backfill
/// finish their dates long before the large one, so every date of the large one paid that.
///
/// The leader is the merchant the backfill starts with, the largest. A merchant whose id sorts
/// after the leader's writes a date only once the leader has written it (or has finished, or
/// failed); one sorting before it never waits: its keys go in front either way, and they are few.
final class HistoryWriteOrder: @unchecked Sendable {
    let leader: String?
    private let condition = NSCondition()
    // Guarded by `condition`.
    private var written: CivilDate?
    private var finished = false

    init(leader: String?) { self.leader = leader }

    /// Waits, if `merchant` must, until the leader has written `date`.
    func waitForLeader(_ merchant: String, toWrite date: CivilDate) {
        // Byte order, as the index's "C" collation sorts merchant ids.
        guard let leader, !merchant.sameBytes(as: leader), !merchant.utf8.lexicographicallyPrecedes(leader.utf8) else { return }
        condition.lock()
        defer { condition.unlock() }
        while !finished, written.map({ $0 < date }) ?? true { condition.wait() }
    }

    /// The leader committed `date`.
    func wrote(_ date: CivilDate, by merchant: String) {
        guard let leader, merchant.sameBytes(as: leader) else { return }
        condition.lock()
        written = max(written ?? date, date)
        condition.broadcast()
        condition.unlock()
    }

    /// The leader's attempt ended, however it went: nobody waits for it any more.
    func finished(_ merchant: String) {
        guard let leader, merchant.sameBytes(as: leader) else { return }
        condition.lock()
        finished = true
        condition.broadcast()
        condition.unlock()
    }
}
