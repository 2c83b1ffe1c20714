import Foundation
import RFMJob
import Synchronization

/// A progress line on stderr for long phases, only when stderr is a terminal: redrawn in place,
/// at most a few times a second, and cleared before anything else is written.
final class ProgressLine: Sendable {
    static let shared = ProgressLine()
    private let lastDraw = Mutex<ContinuousClock.Instant?>(nil)

    @Sendable func show(_ progress: JobOptions.Progress) {
        let now = ContinuousClock.now
        let due = lastDraw.withLock { last in
            guard last.map({ now - $0 >= .milliseconds(250) }) ?? true else { return false }
            last = now
            return true
        }
        guard due else { return }
        var text = "\(progress.merchant): \(progress.phase) \(RunSummaryText.grouped(progress.count))"
        if let total = progress.total { text += " of \(RunSummaryText.grouped(total))" } else { text += " rows" }
        FileHandleOutput.standardError.write("\r\u{1B}[K" + text)
    }

    /// Erases the line, so a log line or a summary starts clean.
    static func clear() {
        if FileHandleOutput.standardError.isTerminal { FileHandleOutput.standardError.write("\r\u{1B}[K") }
    }
}
