import ArgumentParser
import RFMConfig
import RFMCore
import RFMJob

struct FXCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fx",
        abstract: "Lists or sets the USD exchange rates in fx_rates.",
        discussion: """
            A changed rate applies to runs from then on; history keeps the numbers it was written \
            with, and every run records the rates it used in rfm_runs.settings.
            """,
        subcommands: [ListRates.self, SetRate.self]
    )

    struct ListRates: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "Prints every rate.")

        @OptionGroup var common: CommonOptions

        func run() throws {
            let logger = common.makeLogger()
            let connection = try common.connect(logger: logger)
            do {
                try Migrator(connection: connection, logger: logger).requireCurrent()
                FileHandleOutput.standardOutput.write(FXRateTable.render(try FXRateTable(connection: connection).list()))
            } catch {
                throw ExitStatus.exit(with: JobFailure.classify(error))
            }
        }
    }

    struct SetRate: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "set", abstract: "Sets one currency's USD rate (inserts it if new) and prints the old and new rate."
        )

        @OptionGroup var common: CommonOptions

        @Argument(help: ArgumentHelp("ISO 4217 code: three capital letters, e.g. EUR.", valueName: "code"))
        var code: String

        @Argument(help: ArgumentHelp("USD per unit of the currency: positive, at most 6 decimals, e.g. 0.92.", valueName: "rate"))
        var rate: String

        func validate() throws {
            guard CurrencyCode(code) != nil else {
                throw ValidationError("currency '\(code)' is not an ISO 4217 code (three capital letters, e.g. EUR)")
            }
            guard SettingsLimits.rateMicros(rate) != nil else {
                throw ValidationError("rate '\(rate)' must be a positive decimal below 1000000 with at most 6 places, e.g. 0.92")
            }
        }

        func run() throws {
            let logger = common.makeLogger()
            let connection = try common.connect(logger: logger)
            do {
                try Migrator(connection: connection, logger: logger).requireCurrent()
                let change = try FXRateTable(connection: connection).set(CurrencyCode(code)!, micros: SettingsLimits.rateMicros(rate)!)
                logger.notice("fx rate set", metadata: ["fx.currency": "\(code)", "fx.old": "\(change.old ?? "none")", "fx.new": "\(change.new)"])
                say("\(code) \(change.old ?? "(none)") -> \(change.new)")
            } catch {
                throw ExitStatus.exit(with: JobFailure.classify(error))
            }
            try OutputFailure.checkStandardOutput(done: "the rate was set")
        }
    }
}
