import ArgumentParser
import RFMCore
import RFMJob

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Prints the dashboard: five tiles, segment distribution and movement since the previous snapshot.",
        discussion: """
            Tiles: customers scored, champion %, at-risk count, average predictive LTV, and the 30-day \
            LTV trend (change in Σ monetary against the newest snapshot on or before D−30, at most 7 days \
            older; n/a without one). --format html writes one self-contained page with inline SVG charts.
            """
    )

    @OptionGroup var common: CommonOptions

    @Option(help: "Report this merchant only. Default: every scored merchant.")
    var merchant: String?

    @Option(help: "The snapshot to report (YYYY-MM-DD). Default: each merchant's newest.")
    var asOf: CivilDate?

    @Option(help: "text, json or html.")
    var format: ReportFormat = .text

    @Option(help: "Write to this file instead of stdout.")
    var output: String?

    func validate() throws {
        try checkSupported(asOf, option: "--as-of")
    }

    func run() throws {
        let logger = common.makeLogger()
        let connection = try ReadingCommand.connect(common, logger: logger)
        let file = try OutputFile(path: output)
        let kind: MerchantReportStream.Format = switch format {
        case .text: .text
        case .json: .json
        case .html: .html
        }
        // One merchant's report at a time, written as it is built: a report over every merchant
        // of a platform holds one in memory.
        var stream = MerchantReportStream(format: kind, single: merchant != nil)
        do {
            try MerchantReportQuery(connection: connection).forEachReport(merchant: merchant, asOf: asOf) { report in
                try file.write(stream.piece(report))
            }
        } catch {
            throw ReadingCommand.exit(error, describingLocksOn: connection)
        }
        try file.write(stream.tail())
        try file.commit()
        if let path = file.path {
            say("report (\(format.rawValue), \(stream.count) \(stream.count == 1 ? "merchant" : "merchants")) written to \(path)")
        }
    }
}
