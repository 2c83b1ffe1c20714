import ArgumentParser

@main
struct RFMNightly: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rfm-nightly",
        abstract: "Scores customers by recency, frequency and monetary value, and predicts their lifetime value.",
        discussion: """
            Reads purchase events from PostgreSQL, writes customer_ltv (the current state) and \
            customer_ltv_history (one row per customer per as-of date). Exit codes: 0 ok, 64 usage, \
            65 bad data, 66 input missing (source, merchant, customer, file), 69 database unavailable, \
            70 internal error, 73 locked, 74 output not writable, 75 temporary failure (retry), \
            77 permission denied, 78 configuration.
            """,
        subcommands: [
            RunCommand.self, BackfillCommand.self, ReportCommand.self, ExportCommand.self, CustomerCommand.self,
            ChangesCommand.self, ScoreCommand.self, MigrateCommand.self, PruneCommand.self, ConfigCommand.self,
            RunsCommand.self, FXCommand.self, FitCommand.self, BacktestCommand.self, WithdrawCommand.self, ServeCommand.self,
        ]
    )

    /// ArgumentParser's `main`, with one more check at the end: a command whose stdout could not
    /// be written (a full disk, a closed file) exits 74 with one line saying so, never 0. A
    /// command that failed already keeps its code; its message comes first.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch where exitCode(for: error).isSuccess {
            say(fullMessage(for: error))  // --help: through the same checked stdout as the rest
        } catch {
            if let problem = StandardOutputStatus.takeProblem() { printError("rfm-nightly: \(problem)") }
            exit(withError: error)
        }
        if let problem = StandardOutputStatus.takeProblem() {
            printError("rfm-nightly: \(problem)")
            exit(withError: ExitCode(ExitStatus.outputError))
        }
    }
}
