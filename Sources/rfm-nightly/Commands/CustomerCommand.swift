import ArgumentParser
import RFMCore
import RFMJob

struct CustomerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "customer",
        abstract: "Shows one customer: current score, purchase timeline over the scoring window, score trajectory.",
        discussion: """
            The timeline lists the customer's events in the window of the merchant's current as-of date, \
            each with its USD value and, when the job does not count it, why. The trajectory comes from \
            customer_ltv_history over the last --days days.
            """
    )

    @OptionGroup var common: CommonOptions

    @Argument(help: "The customer's user_key.")
    var userKey: String

    @Option(help: "The customer's merchant.")
    var merchant: String

    @Option(help: "Days of score trajectory to show.")
    var days = 90

    @Option(help: "text or json.")
    var format: OutputFormat = .text

    @Option(help: "Table or view the purchase events come from (as for `run`).")
    var source: String = SourceRelation.defaultName

    func validate() throws {
        guard days > 0 else { throw ValidationError("--days must be at least 1, not \(days)") }
    }

    func run() throws {
        let logger = common.makeLogger()
        let connection = try ReadingCommand.connect(common, logger: logger)
        let drillDown: CustomerDrillDown
        do {
            drillDown = try CustomerDrillDownQuery(connection: connection, logger: logger)
                .drillDown(merchant: merchant, userKey: userKey, days: days, sourceName: source)
        } catch {
            throw ReadingCommand.exit(error, describingLocksOn: connection)
        }
        let output = try OutputFile(path: nil)
        try output.write(format == .json ? CustomerDrillDownJSON.render(drillDown) : CustomerDrillDownText.render(drillDown))
        try output.commit()
    }
}
