import ArgumentParser
import Logging
import PostgresClient
import RFMJob

extension ExitStatus {
    /// The output file cannot be written (EX_IOERR).
    static let outputError: Int32 = 74
}

/// What the commands that read the job's tables (report, export, customer, changes) share.
enum ReadingCommand {
    /// Connects (69 if it cannot), reads times in UTC and insists on a current schema (78).
    static func connect(_ common: CommonOptions, logger: Logger) throws -> Connection {
        let connection = try common.connect(logger: logger)
        do {
            try connection.execute("SET TimeZone = 'UTC'")
            try Migrator(connection: connection, logger: logger).requireCurrent()
        } catch {
            throw exit(error)
        }
        return connection
    }

    /// Ends the command with a one-line message and its exit code. An option value that names
    /// nothing (an unknown segment) is a usage error, 64; an unknown merchant, customer or
    /// snapshot is missing input, 66.
    static func exit(_ error: any Error) -> ExitCode {
        if let code = error as? ExitCode { return code }
        let failure = JobFailure.classify(error)
        if failure.category == .usage {
            printError("rfm-nightly: \(failure.message)")
            return ExitCode(ExitStatus.usage)
        }
        return ExitStatus.exit(with: failure)
    }
}

/// `--format` values.
enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, html
}

enum DrillDownFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

enum ChangesFormat: String, ExpressibleByArgument, CaseIterable {
    case text, csv, jsonl
}
