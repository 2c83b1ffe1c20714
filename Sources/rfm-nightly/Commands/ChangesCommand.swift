import ArgumentParser
import RFMCore
import RFMJob

struct ChangesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "changes",
        abstract: "Lists customers who entered or left segments: the trigger feed for journeys.",
        discussion: """
            Each run records, per customer, a segment that differs from the previous snapshot \
            (entered scoring, moved, or left the window). --since is inclusive. The first snapshot of \
            a merchant is a baseline and records none.
            """
    )

    @OptionGroup var common: CommonOptions

    @Option(help: "The merchant.")
    var merchant: String

    @Option(help: "List changes of snapshots on or after this date (YYYY-MM-DD).")
    var since: CivilDate

    @Option(help: "Only customers who entered this segment, e.g. champion or at_risk.")
    var toSegment: String?

    @Option(help: "Only customers who left this segment.")
    var fromSegment: String?

    @Option(help: "text, csv or jsonl (one JSON object per line).")
    var format: ChangesFormat = .text

    @Option(help: "Write to this file instead of stdout.")
    var output: String?

    func validate() throws {
        try checkSupported(since, option: "--since")
    }

    func run() throws {
        let logger = common.makeLogger()
        let connection = try ReadingCommand.connect(common, logger: logger)
        let file = try OutputFile(path: output)
        var csv = CSVWriter()
        // The header goes out with the first row (or at the end), so that an unknown merchant
        // or segment prints only its error.
        var headerWritten = false
        func writeHeader() throws {
            guard !headerWritten else { return }
            headerWritten = true
            switch format {
            case .text: try file.write(TransitionText.header + "\n")
            case .csv: csv.record(TransitionCSV.header)
            case .jsonl: break
            }
        }
        let rows: Int
        do {
            rows = try TransitionListing(connection: connection).stream(
                merchant: merchant, since: since, toSegment: toSegment, fromSegment: fromSegment
            ) { row in
                try writeHeader()
                switch format {
                case .text: try file.write(TransitionText.line(row) + "\n")
                case .csv:
                    TransitionCSV.write(row, to: &csv)
                    if csv.count >= 1 << 16 { try file.write(csv.drain()) }
                case .jsonl: try file.write(TransitionCSV.json(row).compactText + "\n")
                }
            }
        } catch {
            throw ReadingCommand.exit(error, describingLocksOn: connection)
        }
        try writeHeader()
        if format == .csv { try file.write(csv.drain()) }
        let summary = "\(RunSummaryText.grouped(rows)) \(rows == 1 ? "change" : "changes") for merchant \(merchant) since \(since)"
        if format == .text { try file.write(summary + "\n") }
        try file.commit()
        logger.info("changes listed", metadata: ["merchant": "\(merchant)", "rows": "\(rows)"])
        if let path = file.path { say("\(summary) written to \(path)") }
    }
}
