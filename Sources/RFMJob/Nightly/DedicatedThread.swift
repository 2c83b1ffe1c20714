import Foundation

/// Work started on a thread of its own, beside what the caller goes on doing; `join()` waits for
/// it. A thread of its own rather than Dispatch: the scheduler's workers already hold Dispatch's
/// threads (one per core), and work queued behind them would run after the caller, not beside it.
final class DedicatedThread<Value>: @unchecked Sendable {
    private let work: () throws -> Value
    // Written once by the thread, read by `join()` after the semaphore says it was written.
    private var result: Result<Value, any Error>?
    private let finished = DispatchSemaphore(value: 0)

    /// Starts `work` at once.
    init(_ work: @escaping () throws -> Value) {
        self.work = work
        Thread { [self] in
            result = Result { try self.work() }
            finished.signal()
        }.start()
    }

    /// Waits for the work; returns what it returned or threw. A second call returns at once.
    func join() -> Result<Value, any Error> {
        finished.wait()
        finished.signal()  // for the next caller
        return result!
    }
}
