import Foundation

/// Runs the built `rfm-nightly` binary, as cron or an operator would.
struct BinaryRunner {
    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
        /// stderr lines that are not JSON log objects: what a person is meant to read.
        var messages: [String] { stderr.split(separator: "\n").map(String.init).filter { !$0.hasPrefix("{") } }
    }

    /// RFM_BINARY, else the debug build next to the package.
    static var binaryPath: String {
        if let path = ProcessInfo.processInfo.environment["RFM_BINARY"], !path.isEmpty { return path }
        let packageRoot = TestPaths.repository
        return packageRoot.appending(path: ".build/debug/rfm-nightly").path
    }

    /// `standardOutput`: where stdout goes instead of `Result.stdout` (which is then empty).
    static func run(_ arguments: [String], environment: [String: String] = [:], standardOutput: FileHandle? = nil) throws -> Result {
        try BackgroundRun(arguments, environment: environment, standardOutput: standardOutput).finish()
    }
}
