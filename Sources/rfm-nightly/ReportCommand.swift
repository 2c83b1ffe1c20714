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
        let reports: [MerchantReport]
        do {
            reports = try MerchantReportQuery(connection: connection).reports(merchant: merchant, asOf: asOf)
        } catch {
            throw ReadingCommand.exit(error, describingLocksOn: connection)
        }
        let text = switch format {
        case .text: MerchantReportText.render(reports)
        case .json: MerchantReportJSON.render(reports)
        case .html: MerchantReportHTML.render(reports)
        }
        let file = try OutputFile(path: output)
        try file.write(text)
        try file.commit()
        if let path = file.path {
            say("report (\(format.rawValue), \(reports.count) \(reports.count == 1 ? "merchant" : "merchants")) written to \(path)")
        }
    }
}
