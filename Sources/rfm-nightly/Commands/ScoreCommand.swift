#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ArgumentParser
import Logging
import RFMConfig
import RFMCore
import RFMJob

struct ScoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "score",
        abstract: "Scores a CSV of purchase events, without a database: the same numbers as a run.",
        discussion: """
            The input has SPEC §1's columns (merchant_id, event_id, user_key, email, occurred_at, amount, \
            currency, kind) under a header row, in any order; extra columns are ignored. The output has \
            customer_ltv's columns, one row per scored customer, by merchant then user_key. Exchange \
            rates default to the seed's (USD 1.0, EUR 0.92, GBP 1.18); --rate adds or replaces one.
            """
    )

    @Option(help: "The purchases CSV ('-' for stdin).")
    var input: String

    @Option(help: "As-of date D (UTC, YYYY-MM-DD): events before D 00:00 UTC count. Default: today in UTC.")
    var asOf: CivilDate?

    @Option(help: "Write the scores to this file instead of stdout.")
    var output: String?

    @Option(help: "Score only this merchant (repeatable).")
    var merchant: [String] = []

    @Option(help: "Segment scheme: \(SegmentScheme.builtIn.map(\.name).joined(separator: ", ")).")
    var scheme: String = SegmentScheme.tracklayer.name

    @Option(name: .customLong("rate"), help: "An exchange rate to USD, CODE=RATE (repeatable), e.g. CAD=0.74.")
    var rates: [String] = []

    @Flag(help: "Write text cells exactly, without the leading ' on formula-like cells.")
    var noFormulaGuard = false

    @Option(help: "Log level on stderr: trace, debug, info, notice, warning, error, critical.")
    var logLevel: Logger.Level = .info

    @OptionGroup var futureDates: FutureDates

    func validate() throws {
        try futureDates.check(asOf, option: "--as-of")
        guard SegmentScheme.builtIn(named: scheme) != nil else {
            throw ValidationError("unknown scheme '\(scheme)': choose \(SegmentScheme.builtIn.map(\.name).joined(separator: " or "))")
        }
        _ = try exchangeRates()
    }

    /// The seed's rates with --rate applied, each exact to millionths like fx_rates.usd_rate.
    func exchangeRates() throws -> FXRates {
        var table = FXRates.seed
        for rate in rates {
            let parts = rate.split(separator: "=", maxSplits: 1)
            guard parts.count == 2, let code = CurrencyCode(String(parts[0])),
                  let micros = SettingsLimits.rateMicros(String(parts[1]))
            else { throw ValidationError("--rate must look like CAD=0.74 (three capital letters, a positive rate with at most 6 decimals), not '\(rate)'") }
            table.set(code, micros: micros)
        }
        return table
    }

    func run() throws {
        let logger = Logger(label: "rfm-nightly") { [logLevel] _ in JSONLogHandler(level: logLevel) }
        var settings = ScoringSettings.default
        settings.scheme = SegmentScheme.builtIn(named: scheme)!
        let date = asOf ?? todayUTC()
        var scoring = CSVEventScoring(asOf: date, settings: settings, rates: try exchangeRates(), merchants: merchant.isEmpty ? nil : merchant)
        let results: [CSVEventScoring.MerchantResult]
        do {
            try Self.read(input) { try scoring.consume($0) }
            results = try scoring.finish()
        } catch {
            throw Self.exit(error)
        }
        let file = try OutputFile(path: output)
        var writer = CSVWriter(formulaGuard: !noFormulaGuard)
        writer.record(ScoresCSV.header)
        for result in results {
            for score in result.scores {
                ScoresCSV.write(score, merchant: result.merchant, asOf: date, to: &writer)
                if writer.count >= 1 << 16 { try file.write(writer.drain()) }
            }
            logger.info("merchant scored", metadata: [
                "merchant": "\(result.merchant)", "customers": "\(result.scores.count)",
                "rows": "\(result.quality.rowsRead - result.quality.rowsAfterCutoff)", "rows.skipped": "\(result.quality.skippedTotal)",
            ])
        }
        try file.write(writer.drain())
        try file.commit()
        if let path = file.path {
            for result in results { say(ScoreSummaryText.merchantLine(result, asOf: date)) }
            say(ScoreSummaryText.fileLine(scoring, merchants: results.count, path: path))
        }
    }

    /// Feeds the file to `consume` in 256 KiB pieces.
    static func read(_ path: String, _ consume: (UnsafeRawBufferPointer) throws -> Void) throws {
        let descriptor = path == "-" ? 0 : open(path, O_RDONLY)
        guard descriptor >= 0 else {
            throw JobFailure(.missingInput, "cannot open \(path): \(String(cString: strerror(errno)))")
        }
        defer { if descriptor > 0 { close(descriptor) } }
        var buffer = [UInt8](repeating: 0, count: 1 << 18)
        while true {
            let count = buffer.withUnsafeMutableBytes { systemRead(descriptor, $0.baseAddress!, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw JobFailure(.missingInput, "cannot read \(path): \(String(cString: strerror(errno)))")
            }
            if count == 0 { return }
            try buffer.withUnsafeBytes { try consume(UnsafeRawBufferPointer(rebasing: $0[0..<count])) }
        }
    }

    /// 66 for a file or column that is not there, 65 for a file that is not CSV or not text, else as `run`.
    static func exit(_ error: any Error) -> ExitCode {
        switch error {
        case let error as EventCSVColumns.MissingColumns:
            return ExitStatus.exit(with: JobFailure(.missingInput, error.description))
        case let error as CSVReader.MalformedCSV:
            return ExitStatus.exit(with: JobFailure(.badData, error.description))
        case let error as InvalidCSVText:
            return ExitStatus.exit(with: JobFailure(.badData, error.description))
        default:
            return ExitStatus.exit(with: JobFailure.classify(error))
        }
    }
}

#if canImport(Glibc)
private let systemRead = Glibc.read
#elseif canImport(Darwin)
private let systemRead = Darwin.read
#endif
