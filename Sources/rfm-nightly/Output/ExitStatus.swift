import ArgumentParser
import RFMJob

/// Exit codes, in the sysexits tradition (documented in docs/OPERATIONS.md, "Exit codes").
enum ExitStatus {
    static let success: Int32 = 0
    static let usage: Int32 = 64
    static let badData: Int32 = 65
    static let missingInput: Int32 = 66
    static let unavailable: Int32 = 69
    static let internalError: Int32 = 70
    static let locked: Int32 = 73
    /// An output cannot be written: `--output`, stdout, `--metrics-file` (EX_IOERR; `OutputFailure`).
    static let outputError: Int32 = 74
    static let temporary: Int32 = 75
    static let permissionDenied: Int32 = 77
    static let configuration: Int32 = 78

    static func code(for category: JobFailure.Category) -> Int32 {
        switch category {
        case .badData: badData
        case .missingInput: missingInput
        case .unavailable: unavailable
        case .temporary: temporary
        case .permissionDenied: permissionDenied
        case .configuration: configuration
        case .locked: locked
        case .usage: usage
        default: internalError
        }
    }

    /// Ends the command with the failure's one-line message on stderr and its exit code.
    static func exit(with failure: JobFailure) -> ExitCode {
        printError("rfm-nightly: \(failure.message)")
        return ExitCode(code(for: failure.category))
    }
}

/// One line on stdout, unbuffered like the summaries so the order holds when piped.
func say(_ line: String) {
    FileHandleOutput.standardOutput.write(line + "\n")
}

func printError(_ line: String) {
    FileHandleOutput.standardError.write(line + "\n")
}
