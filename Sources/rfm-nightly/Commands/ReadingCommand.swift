import ArgumentParser
import Logging
import PostgresClient
import RFMJob

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
    static func exit(_ error: any Error, describingLocksOn connection: Connection? = nil) -> ExitCode {
        if let code = error as? ExitCode { return code }
        return ExitStatus.exit(with: connection.map { JobFailure.classify(error, describingLocksOn: $0) } ?? JobFailure.classify(error))
    }
}
