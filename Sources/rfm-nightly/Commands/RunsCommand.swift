import ArgumentParser
import RFMJob

struct RunsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "runs",
        abstract: "Lists past runs, newest first: as-of date, status, settings hash, counts, duration.",
        discussion: """
            The settings column is the start of the SHA-256 of the run's effective settings; the \
            settings themselves are in rfm_runs.settings. History rows carry the run_id of the run \
            that wrote them.
            """
    )

    @OptionGroup var common: CommonOptions

    @Option(help: "Only this merchant's runs.")
    var merchant: String?

    @Option(help: "At most this many runs.")
    var limit = 50

    func validate() throws {
        guard limit > 0 else { throw ValidationError("--limit must be at least 1") }
    }

    func run() throws {
        let logger = common.makeLogger()
        let connection = try common.connect(logger: logger)
        do {
            try Migrator(connection: connection, logger: logger).requireCurrent()
            let entries = try RunListing(connection: connection).entries(merchant: merchant, limit: limit)
            if entries.isEmpty {
                say(merchant.map { "no runs recorded for merchant \($0)" } ?? "no runs recorded")
            } else {
                FileHandleOutput.standardOutput.write(RunListing.render(entries))
            }
        } catch {
            throw ExitStatus.exit(with: JobFailure.classify(error))
        }
    }
}
