import Dispatch

/// How many merchants may be reading their events at once, when several are scored at once.
///
/// Reading is the phase that keeps two processors busy: PostgreSQL streams the rows on one,
/// the job decodes and accumulates them on the other. Scoring keeps one busy (the server
/// idles), writing mostly the server's. On the 2-core machine cron runs `--jobs 2`: two reads at
/// once only take turns on the same two cores and both finish late, while a read beside the
/// other merchant's scoring or writing uses what that phase leaves free. So reads take turns —
/// half as many at once as there are jobs, at least one — and the largest merchant, which starts
/// first, reads at full speed while the small ones wait for its turn to end.
final class ConcurrentReadLimit: Sendable {
    private let semaphore: DispatchSemaphore

    init(jobs: Int) { semaphore = DispatchSemaphore(value: max(1, jobs / 2)) }

    /// Runs `read` in a turn: waits for one, gives it back when `read` returns or throws.
    func inTurn<T>(_ read: () throws -> T) rethrows -> T {
        semaphore.wait()
        defer { semaphore.signal() }
        return try read()
    }
}
