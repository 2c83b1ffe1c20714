import ArgumentParser
import RFMCore
import RFMJob

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Writes a merchant's current customers as CSV for Klaviyo, Mailchimp or an ad platform.",
        discussion: """
            Columns: user_key, email_sha256, segment, rfm_score, predictive_ltv (RFC 4180, header row, CRLF). \
            Minimums are inclusive. Text cells starting with = + - @ tab or CR get a leading ' so a \
            spreadsheet shows them instead of running them (--no-formula-guard turns that off). \
            Rows stream from the database as they are written: constant memory for any size.
            """
    )

    @OptionGroup var common: CommonOptions

    @Option(help: "The merchant to export.")
    var merchant: String

    @Option(name: .customLong("segment"), help: "Only this segment (repeatable), e.g. at_risk.")
    var segments: [String] = []

    @Option(help: "Only customers with rfm_score ≥ this (20…100).")
    var minScore: Int?

    @Option(help: "Only customers with predictive_ltv ≥ this many dollars, e.g. 180 or 180.50.")
    var minLtv: String?

    @Option(help: "Write to this file instead of stdout.")
    var output: String?

    @Flag(help: "Write cells exactly as stored, without the leading ' on formula-like cells (for programs, not spreadsheets).")
    var noFormulaGuard = false

    func validate() throws {
        if let minScore, !(0...100).contains(minScore) {
            throw ValidationError("--min-score must be between 0 and 100, not \(minScore)")
        }
        if let minLtv, Self.cents(minLtv) == nil {
            throw ValidationError("--min-ltv must be an amount in dollars with at most two decimals, like 180 or 180.50, not '\(minLtv)'")
        }
    }

    static func cents(_ text: String) -> Int64? {
        CustomerExport.Filter.cents(dollars: text)
    }

    func run() throws {
        let logger = common.makeLogger()
        let connection = try ReadingCommand.connect(common, logger: logger)
        let filter = CustomerExport.Filter(segments: segments, minimumScore: minScore, minimumLTVCents: minLtv.flatMap(Self.cents))
        let file = try OutputFile(path: output)
        let summary: CustomerExport.Summary
        do {
            summary = try CustomerExport(connection: connection).export(
                merchant: merchant, filter: filter, formulaGuard: !noFormulaGuard
            ) { try file.write($0) }
        } catch {
            throw ReadingCommand.exit(error, describingLocksOn: connection)
        }
        try file.commit()
        let description = "\(RunSummaryText.grouped(summary.rows)) customers of \(merchant) as of \(summary.asOf.map(\.description) ?? "-")"
            + (filterText(filter).map { " (\($0))" } ?? "")
        logger.info("export done", metadata: [
            "merchant": "\(merchant)", "rows": "\(summary.rows)", "memory.max_rss_kb": "\(MemoryUse.maxResidentKilobytes())",
        ])
        if let path = file.path { say("exported \(description) to \(path)") }
    }

    func filterText(_ filter: CustomerExport.Filter) -> String? {
        var parts: [String] = []
        if !filter.segments.isEmpty { parts.append("segment \(filter.segments.joined(separator: " or "))") }
        if let score = filter.minimumScore { parts.append("rfm_score ≥ \(score)") }
        if let cents = filter.minimumLTVCents { parts.append("predictive_ltv ≥ \(Cents.format(cents))") }
        return parts.isEmpty ? nil : parts.joined(separator: ", ")
    }
}
