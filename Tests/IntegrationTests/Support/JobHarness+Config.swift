import Logging
import RFMConfig
import RFMCore
@testable import RFMJob

extension JobHarness {
    /// Runs the job with a configuration file's text (and command-line overrides), in-process.
    @discardableResult
    func run(
        _ asOf: String, config yaml: String, merchants: [String]? = nil, overrides: ScoringOverrides = .init(),
        dryRun: Bool = false
    ) throws -> [MerchantOutcome] {
        let request = RunRequest(asOf: CivilDate(iso: asOf)!, merchants: merchants, settings: try Self.resolver(yaml, overrides))
        var options = JobOptions()
        options.dryRun = dryRun
        return try NightlyJob(conninfo: database.url, logger: .quiet).run(request, options: options)
    }

    static func resolver(_ yaml: String, _ overrides: ScoringOverrides = .init()) throws -> SettingsResolver {
        try SettingsResolver(document: try ConfigDocument.parse(yaml: yaml, location: "test.yaml"), overrides: overrides)
    }

    /// One column of customer_ltv for a merchant, by user.
    func column(_ name: String, _ merchant: String) throws -> [String: String] {
        try current(merchant).compactMapValues { $0[name] ?? nil }
    }
}
