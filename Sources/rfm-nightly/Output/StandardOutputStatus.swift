#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// Whether everything meant for stdout got there. A failed write does not stop the command: a run
/// goes on to commit its merchants whatever happens to their summaries. The first error is kept,
/// and the command ends with it, once, on stderr and as exit 74 (`OutputFailure`).
///
/// A closed pipe is not such an error: SIGPIPE keeps its default action, so `rfm-nightly … | head`
/// ends quietly when head has read enough, as any Unix filter does.
enum StandardOutputStatus {
    private static let state = Mutex<(error: Int32?, reported: Bool)>((nil, false))

    static func noteWriteError(_ code: Int32) {
        state.withLock { if $0.error == nil { $0.error = code } }
    }

    /// "cannot write standard output: …" the first time it is asked after a failed write; nil
    /// when every write went through, or when the problem has been reported already.
    static func takeProblem() -> String? {
        // Anything written through stdio (`print`) may still be in its buffer; stdout is the one
        // stdio stream written to (stderr is unbuffered), so a failure here is stdout's.
        if fflush(nil) != 0 { noteWriteError(errno) }
        return state.withLock { state in
            guard let code = state.error, !state.reported else { return nil }
            state.reported = true
            return "cannot write standard output: \(String(cString: strerror(code)))"
        }
    }
}
