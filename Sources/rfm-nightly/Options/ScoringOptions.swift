import ArgumentParser
import RFMConfig
import RFMCore

/// The configuration file and the settings the command line may override, for every command
/// that scores (`run`, and `backfill` with one `@OptionGroup var scoring: ScoringOptions`).
/// The command line wins over the file, for every merchant of the invocation.
struct ScoringOptions: ParsableArguments {
    @Option(name: .customLong("config"), help: ArgumentHelp(
        "Configuration file (YAML): defaults, per-merchant settings, segment schemes.",
        discussion: "Check it with `rfm-nightly config check FILE`.", valueName: "file"
    ))
    var configPath: String?

    @Option(help: ArgumentHelp(
        "Trailing window W in days (\(SettingsLimits.windowDays.lowerBound)-\(SettingsLimits.windowDays.upperBound)). Default: the file's, else 365.",
        valueName: "n"
    ))
    var windowDays: Int?

    @Option(help: ArgumentHelp(
        "Predictive LTV horizon H in days (\(SettingsLimits.horizonDays.lowerBound)-\(SettingsLimits.horizonDays.upperBound)). Default: the file's, else 365.",
        valueName: "n"
    ))
    var horizonDays: Int?

    @Option(help: ArgumentHelp(
        "Segment scheme: \(SegmentScheme.builtIn.map(\.name).joined(separator: ", ")), or one defined in the file. Default: the file's, else tracklayer.",
        valueName: "name"
    ))
    var scheme: String?

    @Option(help: ArgumentHelp(
        "Table or view to read purchase events from (schema-qualified if needed). Default: the file's, else purchase_events.",
        valueName: "relation"
    ))
    var source: String?

    var overrides: ScoringOverrides {
        ScoringOverrides(windowDays: windowDays, horizonDays: horizonDays, scheme: scheme, source: source)
    }

    func validate() throws {
        if let problem = overrides.problems().first { throw ValidationError(problem) }
    }

    /// The file at `path` (default: `--config`), or no file.
    func loadDocument(path: String? = nil) throws -> ConfigDocument {
        guard let path = path ?? configPath else { return .empty }
        do {
            return try ConfigDocument.load(path: path)
        } catch let error as ConfigError {
            throw Self.exit(with: error)
        }
    }

    /// Each merchant's settings: ends the command with 64 for a scheme nobody defines, and with
    /// 78 and one line naming the key (and line) for anything wrong in the configuration.
    /// `extra`: more overrides (`run`'s model options).
    func resolver(document: ConfigDocument, extra: (inout ScoringOverrides) -> Void = { _ in }) throws -> SettingsResolver {
        if let scheme, document.scheme(named: scheme) == nil {
            throw ValidationError("unknown scheme '\(scheme)': choose \(document.schemeNames.joined(separator: ", "))")
        }
        do {
            var overrides = overrides
            extra(&overrides)
            return try SettingsResolver(document: document, overrides: overrides)
        } catch let error as ConfigError {
            throw Self.exit(with: error)
        }
    }

    func resolver() throws -> SettingsResolver {
        try resolver(document: try loadDocument())
    }

    static func exit(with error: ConfigError) -> ExitCode {
        printError("rfm-nightly: \(error)")
        return ExitCode(ExitStatus.configuration)
    }
}
