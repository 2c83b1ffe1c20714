import ArgumentParser
import Foundation
import Logging
import PostgresClient
import RFMCore
import RFMJob

/// Where the database is, and how chatty the log is: shared by every command.
struct CommonOptions: ParsableArguments {
    @Option(
        name: .customLong("database-url"),
        help: ArgumentHelp(
            "libpq URL or conninfo, e.g. postgresql://rfm@db/shop. Defaults to $DATABASE_URL, else libpq's PG* variables, ~/.pgpass and service file.",
            discussion: "A password given here shows in `ps`; prefer DATABASE_URL or ~/.pgpass."
        )
    )
    var databaseURL: String?

    @Option(help: "Log level on stderr: trace, debug, info, notice, warning, error, critical.")
    var logLevel: Logger.Level = .info

    func makeLogger() -> Logger {
        let level = logLevel
        let logger = Logger(label: "rfm-nightly") { _ in JSONLogHandler(level: level) }
        if let databaseURL, Connection.conninfoHasPassword(databaseURL) {
            logger.warning("--database-url holds a password, which other users can read in ps; use DATABASE_URL, ~/.pgpass or a service file")
        }
        return logger
    }

    /// The URL or conninfo to use; nil leaves everything to libpq's defaults.
    var conninfo: String? {
        databaseURL ?? ProcessInfo.processInfo.environment["DATABASE_URL"].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// Connects, or ends the command with exit 69 and a one-line reason. Lock waits are bounded
    /// as the job's are (`LockTimeout`): a reader behind another session's lock ends with exit 73.
    func connect(logger: Logger) throws -> Connection {
        do {
            let connection = try Connection(conninfo: conninfo)
            try LockTimeout.bound(LockTimeout.defaultWait, on: connection)
            return connection
        } catch {
            throw ExitStatus.exit(with: JobFailure.classify(error))
        }
    }
}

extension Logger.Level: @retroactive ExpressibleByArgument {}

extension CivilDate: ExpressibleByArgument {
    public init?(argument: String) { self.init(iso: argument) }
}

/// Today's date in UTC: the default as-of date (SPEC §2). The only clock read that shapes results.
func todayUTC() -> CivilDate {
    CivilDate(containingUnixMicroseconds: Int64(Date().timeIntervalSince1970 * 1_000_000))
}
