#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Unbuffered writes to stdout/stderr: summaries and logs interleave in the order they happen.
/// A failed write to stdout is noted (`StandardOutputStatus`) for the command to end with; one to
/// stderr has nowhere to be reported.
struct FileHandleOutput: Sendable {
    let descriptor: Int32

    static let standardOutput = FileHandleOutput(descriptor: 1)
    static let standardError = FileHandleOutput(descriptor: 2)

    func write(_ text: String) {
        var text = text
        text.withUTF8 { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = systemWrite(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0, errno == EINTR { continue }
                if written <= 0 {
                    if descriptor == 1 { StandardOutputStatus.noteWriteError(written < 0 ? errno : EIO) }
                    return
                }
                offset += written
            }
        }
    }

    var isTerminal: Bool { isatty(descriptor) == 1 }
}

#if canImport(Glibc)
private let systemWrite = Glibc.write
#elseif canImport(Darwin)
private let systemWrite = Darwin.write
#endif
