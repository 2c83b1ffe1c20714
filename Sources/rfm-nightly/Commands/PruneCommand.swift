import ArgumentParser
import RFMCore
import RFMJob

struct PruneCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "prune",
        abstract: "Drops whole partitions of customer_ltv_history older than the history kept.",
        discussion: "History has a partition per day (a month's, for months written before migration 040). A partition is dropped only when all of its days are more than --keep-days old; nothing is deleted row by row."
    )

    @OptionGroup var common: CommonOptions

    @Option(help: "Days of history to keep, counted back from today (UTC).")
    var keepDays: Int

    @Flag(help: "List what would be dropped without dropping it.")
    var dryRun = false

    func validate() throws {
        guard (1...1_000_000).contains(keepDays) else { throw ValidationError("--keep-days must be between 1 and 1000000") }
    }

    func run() throws {
        let logger = common.makeLogger()
        let connection = try common.connect(logger: logger)
        let keepFrom = todayUTC().adding(days: -keepDays)
        let dropped: [HistoryPruner.Partition]
        do {
            try Migrator(connection: connection, logger: logger).requireCurrent()
            dropped = try HistoryPruner(connection: connection, logger: logger).prune(keepFrom: keepFrom, dryRun: dryRun)
        } catch {
            throw ExitStatus.exit(with: JobFailure.classify(error))
        }
        for partition in dropped {
            say("\(dryRun ? "would drop" : "dropped") \(partition.name) (\(partition.from) … \(partition.to.adding(days: -1)), \(partition.size))")
        }
        say("\(dropped.count) partitions \(dryRun ? "would be " : "")dropped; history kept from \(keepFrom)")
        try OutputFailure.checkStandardOutput(done: dryRun || dropped.isEmpty ? nil : "the partitions were dropped")
    }
}
