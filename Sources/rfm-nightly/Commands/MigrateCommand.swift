import ArgumentParser
import RFMJob

struct MigrateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate",
        abstract: "Applies pending schema migrations, each once, in order, in its own transaction.",
        discussion: """
            With --distribute, on a Citus coordinator, then distributes the job's tables by merchant_id \
            over the workers (docs/SCALING.md); refused on a database without Citus.
            """
    )

    @OptionGroup var common: CommonOptions

    @Flag(help: "On a Citus coordinator: distribute the job's tables by merchant_id (outputs co-located, fx_rates a reference table, the ledger on the coordinator).")
    var distribute = false

    func run() throws {
        let logger = common.makeLogger()
        let connection = try common.connect(logger: logger)
        let applied: [String]
        var distributed: [String] = []
        do {
            if distribute { try Distribution.requireCitus(on: connection) }  // refused before anything changes
            applied = try Migrator(connection: connection, logger: logger).migrate()
            if distribute { distributed = try Distribution(connection: connection, logger: logger).distribute() }
        } catch {
            throw ExitStatus.exit(with: JobFailure.classify(error))
        }
        say(applied.isEmpty ? "schema is up to date" : "applied: \(applied.joined(separator: ", "))")
        if distribute {
            say(distributed.isEmpty ? "every table is already distributed" : "distributed: \(distributed.joined(separator: ", "))")
        }
        try OutputFailure.checkStandardOutput(done: applied.isEmpty ? nil : "the migrations were applied")
    }
}
