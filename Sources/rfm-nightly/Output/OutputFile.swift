#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ArgumentParser

/// Where a command's output goes: stdout, or `--output FILE`. A file is written under a
/// temporary name next to it and renamed into place by `commit()`, so a failed or interrupted
/// export never leaves half a file where yesterday's complete one was. Special files
/// (`/dev/stdout`, a pipe) are written directly.
final class OutputFile {
    let path: String?
    private let descriptor: Int32
    private let temporaryPath: String?
    private var buffer: [UInt8] = []

    /// `path` nil or "-": stdout.
    init(path: String?) throws {
        guard let path, path != "-" else {
            self.path = nil
            descriptor = 1
            temporaryPath = nil
            return
        }
        self.path = path
        var status = stat()
        if stat(path, &status) == 0, (status.st_mode & S_IFMT) != S_IFREG {
            temporaryPath = nil
            descriptor = open(path, O_WRONLY)
        } else {
            let temporary = "\(path).tmp-\(getpid())"
            temporaryPath = temporary
            descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        }
        guard descriptor >= 0 else { throw Self.failure(path) }
        buffer.reserveCapacity(1 << 16)
    }

    deinit {
        if descriptor > 2 { close(descriptor) }
        if let temporaryPath { unlink(temporaryPath) }  // still there only if never committed
    }


    func write(_ text: String) throws { try write(Array(text.utf8)) }

    func write(_ bytes: [UInt8]) throws {
        buffer.append(contentsOf: bytes)
        if buffer.count >= 1 << 16 { try flush() }
    }

    /// Writes what is buffered and, for a file, moves it into place.
    func commit() throws {
        try flush()
        guard let path, let temporaryPath else { return }
        guard fsync(descriptor) == 0, rename(temporaryPath, path) == 0 else { throw Self.failure(path) }
    }

    private func flush() throws {
        var offset = 0
        try buffer.withUnsafeBytes { bytes in
            while offset < bytes.count {
                let written = systemWrite(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw Self.failure(path ?? "standard output")
                }
                offset += written
            }
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Exit 74 (EX_IOERR) with the system's reason.
    static func failure(_ path: String) -> ExitCode {
        printError("rfm-nightly: cannot write \(path): \(String(cString: strerror(errno)))")
        return ExitCode(ExitStatus.outputError)
    }
}

#if canImport(Glibc)
private let systemWrite = Glibc.write
#elseif canImport(Darwin)
private let systemWrite = Darwin.write
#endif
