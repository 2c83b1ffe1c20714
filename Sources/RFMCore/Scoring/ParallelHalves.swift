import Dispatch

/// Runs the score phase's independent halves of work at once. The nightly job scores one merchant
/// at a time on a two-core machine whose database sits idle while it scores, so two threads are
/// free; more would only take turns.
///
/// Everything here returns only when both halves are done, so what they wrote is visible to the
/// caller afterwards (`concurrentPerform` joins its iterations).
enum ParallelHalves {
    /// Below this many items a thread's start-up costs more than the half it would take.
    static let minimumToSplit = 1 << 14

    /// Calls `body` on `0..<count/2` and `count/2..<count` at once (or once on the whole range,
    /// when it is small).
    static func forEachHalf(of count: Int, _ body: @Sendable (Range<Int>) -> Void) {
        guard count >= minimumToSplit else { return body(0..<count) }
        let middle = count / 2
        DispatchQueue.concurrentPerform(iterations: 2) { half in
            body(half == 0 ? 0..<middle : middle..<count)
        }
    }

    /// `first()` and `second()`, computed at once — or one after the other on this thread when
    /// the work is for fewer than `minimumToSplit` items (`count`): a fleet's small merchants
    /// would spend more on waking a second thread than on scoring.
    static func both<First: Sendable, Second: Sendable>(
        count: Int, _ first: @Sendable () -> First, _ second: @Sendable () -> Second
    ) -> (First, Second) {
        guard count >= minimumToSplit else { return (first(), second()) }
        // Each slot is written by one iteration only and read after concurrentPerform has joined both.
        nonisolated(unsafe) var firstResult: First?
        nonisolated(unsafe) var secondResult: Second?
        DispatchQueue.concurrentPerform(iterations: 2) { task in
            if task == 0 { firstResult = first() } else { secondResult = second() }
        }
        return (firstResult!, secondResult!)
    }
}
