#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Named points in a run where a test can stop the process to kill it there.
///
/// With `RFM_FAILPOINT=<name>` in the environment, the process sends itself SIGSTOP on reaching
/// that point; the crash-safety test then delivers SIGKILL, so every phase (reading, scoring,
/// each write, before and after COMMIT) is hit deterministically rather than by timing luck.
/// Unset, a failpoint is one string comparison.
public enum Failpoint {
    static let target = ProcessInfo.processInfo.environment["RFM_FAILPOINT"]

    /// The points, in the order a merchant's run passes them (`read` fires every 2^18 rows).
    public static let all = [
        "locked", "read", "read-done", "scored", "history-deleted", "history-copy", "history-copied",
        "current-deleted", "current-copy", "current-copied", "ledger-updated", "committed",
    ]

    @inline(__always)
    static func hit(_ name: String) {
        guard let target, target == name else { return }
        raise(SIGSTOP)
    }
}
