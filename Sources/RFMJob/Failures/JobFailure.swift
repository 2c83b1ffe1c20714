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
        case let timeout as LockTimeout:
            return JobFailure(.locked, timeout.message, sqlState: .lockNotAvailable)
        case let error as MonetaryOverflowError:
            return JobFailure(.badData, error.description)
        case let error as StoredRange.ValueTooLarge:
            return JobFailure(.badData, error.description)
        case let error as StoredRange.MerchantIDTooLong:
            return JobFailure(.badData, error.description)
        case let error as CustomerScorer.UnmatchedCombination:
            return JobFailure(.configuration, error.description)
        default:
            return JobFailure(.internalError, "unexpected error: \(error)")
        }
    }

    /// As `classify(_:)`, naming who held the lock the job gave up on. Call after the failed
    /// transaction ended: it queries `connection`.
    public static func classify(_ error: any Error, describingLocksOn connection: Connection) -> JobFailure {
        guard let timeout = error as? LockTimeout else { return classify(error) }
        return classify(timeout.described(on: connection))
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
        case .queryCanceled? where error.message.contains("statement timeout"):
            return JobFailure(.configuration, "the server's statement_timeout ended a statement (\(error.message)): let the job's role run longer, e.g. ALTER ROLE rfm SET statement_timeout = 0", sqlState: state)
        case .queryCanceled?:
            return JobFailure(.temporary, "a statement was cancelled (\(error.message)), perhaps by an operator: rerun when intended", sqlState: state)
        case .idleInTransactionTimeout?:
            return JobFailure(.configuration, "the server's idle_in_transaction_session_timeout ended the run's transaction while it was scoring: raise it for the job's role, e.g. ALTER ROLE rfm SET idle_in_transaction_session_timeout = 0", sqlState: state)
        case .readOnlyTransaction?:
            return JobFailure(.configuration, "the database refuses writes (\(error.message)): a standby, or default_transaction_read_only is on; point the job at the primary or turn it off for the job's role", sqlState: state)
        default:
            return JobFailure(.internalError, "database error: \(error)", sqlState: state)
        }
    }
}
