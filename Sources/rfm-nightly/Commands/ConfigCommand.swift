import ArgumentParser
import RFMConfig

struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: "Works with the configuration file.",
        subcommands: [Check.self]
    )

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "check",
            abstract: "Validates a configuration file and prints each merchant's effective settings.",
            discussion: """
                Checks everything a run would, without a database: every key is known, every value \
                in bounds, every scheme covers all 125 R/F/M combinations (or has a fallback). \
                Options given here override the file as they would on `run`. A problem is one line \
                naming the key and line on stderr, and exit status 78.
                """
        )

        @Argument(help: ArgumentHelp("The configuration file. Default: --config, else none (built-in settings).", valueName: "file"))
        var file: String?

        @OptionGroup(title: "Settings") var scoring: ScoringOptions

        func validate() throws {
            if let file, let config = scoring.configPath, file != config {
                throw ValidationError("give the file once: either as an argument or with --config")
            }
        }

        func run() throws {
            let resolver = try scoring.resolver(document: try scoring.loadDocument(path: file))
            FileHandleOutput.standardOutput.write(ConfigCheckText.render(resolver))
        }
    }
}
