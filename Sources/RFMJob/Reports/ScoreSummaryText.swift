import RFMCore

/// What `rfm-nightly score --output FILE` prints: a line per merchant, in the run summary's
/// terms, and a last line for the file.
public enum ScoreSummaryText {
    public static func merchantLine(_ result: CSVEventScoring.MerchantResult, asOf: CivilDate) -> String {
        // Rows at or after the cutoff are outside the run (SPEC §2): the database run counts them
        // without reading them, so they are not among the rows read here either.
        var quality = result.quality
        quality.rowsRead -= quality.rowsAfterCutoff
        var line = "merchant \(result.merchant) · as of \(asOf) · customers scored \(RunSummaryText.grouped(result.scores.count))"
            + " · rows " + RunSummaryText.rowsText(quality)
        if quality.unknownCurrencyRows > 0 {
            let codes = quality.unknownCurrencies.sorted().map(\.description).joined(separator: ", ")
            line += " · \(RunSummaryText.grouped(quality.unknownCurrencyRows)) rows in currencies without a rate (\(codes)), counted at 1.0"
        }
        return line
    }

    public static func fileLine(_ scoring: CSVEventScoring, merchants: Int, path: String) -> String {
        var line = "scores of \(merchants) \(merchants == 1 ? "merchant" : "merchants") written to \(path)"
        let unreadable = scoring.unreadable.values.reduce(0, +)
        if unreadable > 0 {
            let reasons = scoring.unreadable.sorted { $0.key < $1.key }.map { "\($0.key.rawValue) \(RunSummaryText.grouped($0.value))" }
            line += " · \(RunSummaryText.grouped(unreadable)) unreadable \(unreadable == 1 ? "record" : "records") (\(reasons.joined(separator: ", ")))"
        }
        return line
    }
}
