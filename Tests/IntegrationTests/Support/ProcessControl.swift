import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Starts the binary in the background, waits for it to stop itself at a failpoint, kills it:
/// how the crash-safety tests interrupt a run at an exact point.
final class BackgroundRun {
    let process = Process()
    private let stdout = Pipe(), stderr = Pipe()
    /// False when stdout goes to a file the caller gave (/dev/full), not to a pipe read here.
    private let readsOutput: Bool

    init(_ arguments: [String], environment: [String: String], standardOutput: FileHandle? = nil) throws {
        process.executableURL = URL(fileURLWithPath: BinaryRunner.binaryPath)
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env["DATABASE_URL"] = nil
        for (key, value) in environment { env[key] = value }
        process.environment = env
        process.standardOutput = standardOutput ?? stdout
        readsOutput = standardOutput == nil
        process.standardError = stderr
        try process.run()
    }

    var pid: Int32 { process.processIdentifier }

    /// The process state letter from /proc: "T" when stopped, "Z" when exited.
    var state: String? {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return nil }
        return stat[stat.index(close, offsetBy: 2)...].split(separator: " ").first.map(String.init)
    }

    /// Waits until the process stopped itself (true) or ended (false).
    func waitUntilStopped(timeout: Double = 30) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if !process.isRunning { return false }
            if state == "T" { return true }
            usleep(5_000)
        }
        return false
    }

    func kill() {
        _ = Glibc.kill(pid, SIGKILL)
        process.waitUntilExit()
    }

    func resume() { _ = Glibc.kill(pid, SIGCONT) }

    /// Waits for the end and returns what the process printed.
    func finish() -> BinaryRunner.Result {
        let group = DispatchGroup()
        nonisolated(unsafe) var errorData = Data()
        let errorPipe = stderr
        group.enter()
        DispatchQueue.global().async {
            errorData = errorPipe.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let outputData = readsOutput ? stdout.fileHandleForReading.readDataToEndOfFile() : Data()
        group.wait()
        process.waitUntilExit()
        return BinaryRunner.Result(
            status: process.terminationStatus,
            stdout: String(decoding: outputData, as: UTF8.self),
            stderr: String(decoding: errorData, as: UTF8.self)
        )
    }
}
