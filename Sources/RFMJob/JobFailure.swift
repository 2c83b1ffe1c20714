import PostgresClient
import RFMCore

/// A failure as an operator sees it: one line naming the problem, and a category that the
/// command line turns into an exit code. Every error that leaves the job goes through
/// `JobFailure.classify`, the one place where SQLSTATEs and error types get their meaning.
public struct JobFailure: Error, CustomStringConvertible, Sendable {
    public struct Category: Hashable, Sendable, CustomStringConvertible {
        public let name: String
        public var description: String { name }

        /// Rows the job refuses to score from (e.g. `--strict` with warnings).
        public static let badData = Category(name: "bad_data")
        /// The source relation or one of its columns is missing or unusable.
        public static let missingInput = Category(name: "missing_input")
        /// No database to talk to: server down, wrong host, database or credentials.
        public static let unavailable = Category(name: "unavailable")
        /// The connection broke or the server asked us to retry: run again later.
        public static let temporary = Category(name: "temporary")
        public static let permissionDenied = Category(name: "permission_denied")
        /// Settings or schema the job cannot work with (e.g. migrations not applied).
        public static let configuration = Category(name: "configuration")
        /// Another run holds the merchant's lock.
        public static let locked = Category(name: "locked")
        /// A bug or an unexpected server error.
        public static let internalError = Category(name: "internal")
    }

    public let category: Category
    public let message: String
    public let sqlState: SQLState?

    public init(_ category: Category, _ message: String, sqlState: SQLState? = nil) {
        self.category = category
        self.message = message
        self.sqlState = sqlState
    }

    public var description: String { message }

    /// Gives any error its category and a one-line message.
    public static func classify(_ error: any Error) -> JobFailure {
        switch error {
        case let failure as JobFailure:
            return failure
        case let error as PostgresError:
            return classify(error)
        case let error as MonetaryOverflowError:
            return JobFailure(.badData, error.description)
        case let error as CustomerScorer.LTVOverflow:
            return JobFailure(.badData, error.description)
        case let error as CustomerScorer.UnmatchedCombination:
            return JobFailure(.configuration, error.description)
        default:
            return JobFailure(.internalError, "unexpected error: \(error)")
        }
    }

    static func classify(_ error: PostgresError) -> JobFailure {
        let state = error.sqlState
        if error.kind == .connection {
            return JobFailure(.unavailable, "cannot connect to PostgreSQL: \(error.message)", sqlState: state)
        }
        if error.isTransient {
            return JobFailure(.temporary, "database connection lost or interrupted, retry later: \(error)", sqlState: state)
        }
        switch state {
        case .undefinedTable?, .undefinedColumn?, .invalidSchemaName?:
            return JobFailure(.missingInput, error.message, sqlState: state)
        case SQLState("42501")?:
            return JobFailure(.permissionDenied, error.message, sqlState: state)
        case .lockNotAvailable?:
            return JobFailure(.locked, error.message, sqlState: state)
        default:
            return JobFailure(.internalError, "database error: \(error)", sqlState: state)
        }
    }
}
