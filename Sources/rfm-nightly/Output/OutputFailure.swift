import ArgumentParser

/// How a command ends when an output it owes could not be written (stdout, `--metrics-file`)
/// although its work is done: one line saying what was not written and what was (`done`), and
/// exit 74 (EX_IOERR) unless the work itself failed, whose code matters more.
enum OutputFailure {
    /// "rfm-nightly: cannot write standard output: No space left on device; the results were
    /// written to the database".
    static func line(_ problems: [String], done: String?) -> String {
        "rfm-nightly: " + (problems + (done.map { [$0] } ?? [])).joined(separator: "; ")
    }

    /// Prints the line if there are problems, and gives the exit code: `code` if it is already a
    /// failure, else 74 when something was not written.
    static func finish(_ problems: [String], done: String?, code: Int32) -> Int32 {
        guard !problems.isEmpty else { return code }
        printError(line(problems, done: done))
        return code != ExitStatus.success ? code : ExitStatus.outputError
    }

    /// The end of a command whose only output is stdout: throws exit 74 after the line when a
    /// write to stdout failed. `done`: what the command did all the same, e.g. "the rate was set".
    static func checkStandardOutput(done: String? = nil) throws {
        guard let problem = StandardOutputStatus.takeProblem() else { return }
        throw ExitCode(finish([problem], done: done, code: ExitStatus.success))
    }
}
