import ArgumentParser
import RFMJob

struct MigrateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate",
        abstract: "Applies pending schema migrations, each once, in order, in its own transaction."
    )

    @OptionGroup var common: CommonOptions

    func run() throws {
        let logger = common.makeLogger()
        let connection = try common.connect(logger: logger)
        let applied: [String]
        do {
            applied = try Migrator(connection: connection, logger: logger).migrate()
        } catch {
            throw ExitStatus.exit(with: JobFailure.classify(error))
        }
        say(applied.isEmpty ? "schema is up to date" : "applied: \(applied.joined(separator: ", "))")
        try OutputFailure.checkStandardOutput(done: applied.isEmpty ? nil : "the migrations were applied")
    }
}
