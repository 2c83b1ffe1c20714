#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Synchronization

/// Named points in a run where a test can stop the process to kill it there.
///
/// With `RFM_FAILPOINT=<name>` (or `<name>:<n>` for the n-th time it is reached) in the
/// environment, the process sends itself SIGSTOP at that point; the crash-safety test then
/// delivers SIGKILL, so every phase (reading, scoring, each write, before and after COMMIT) is
/// hit deterministically rather than by timing luck. Unset, a failpoint is one comparison.
public enum Failpoint {
    static let target: (name: String, hit: Int)? = {
        guard let value = ProcessInfo.processInfo.environment["RFM_FAILPOINT"], !value.isEmpty else { return nil }
        let parts = value.split(separator: ":", maxSplits: 1)
        return (String(parts[0]), parts.count > 1 ? Int(parts[1]) ?? 1 : 1)
    }()
    static let hits = Mutex(0)

    /// The points, in the order a merchant's nightly run passes them (`read` is after the first
    /// row, mid-COPY). A backfill also passes `date-committed` after each date. A large merchant's
    /// staged current state (`StagedCurrentState`) passes `current-copy` and `current-copied`
    /// (its own COMMIT) on a thread beside the history points, and `current-deleted` at the swap.
    public static let all = [
        "locked", "read", "read-done", "scored", "history-deleted", "history-copy", "history-copied",
        "current-deleted", "current-copy", "current-copied", "ledger-updated", "committed",
    ]

    @inline(__always)
    static func hit(_ name: String) {
        guard let target, target.name == name else { return }
        let count = hits.withLock { count in
            count += 1
            return count
        }
        if count == target.hit { raise(SIGSTOP) }
    }
}
