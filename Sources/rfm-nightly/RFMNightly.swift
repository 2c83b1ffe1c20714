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
            RunsCommand.self, FXCommand.self, FitCommand.self, BacktestCommand.self, WithdrawCommand.self,
        ]
    )
}
