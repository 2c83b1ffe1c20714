/// A five-character SQLSTATE as the server sent it, with the few meanings this project acts on.
/// Kept raw (not an enum) so an unexpected code is never lost or misread.
public struct SQLState: Hashable, Sendable, CustomStringConvertible {
    public let code: String

    public init(_ code: String) { self.code = code }

    /// The two-character class, e.g. "08" for connection exceptions.
    public var errorClass: Substring { code.prefix(2) }

    public var description: String { code }

    public static let undefinedTable = SQLState("42P01")
    public static let undefinedColumn = SQLState("42703")
    public static let invalidSchemaName = SQLState("3F000")
    public static let serializationFailure = SQLState("40001")
    public static let deadlockDetected = SQLState("40P01")
    public static let lockNotAvailable = SQLState("55P03")
    public static let queryCanceled = SQLState("57014")
    public static let readOnlyTransaction = SQLState("25006")
    public static let idleInTransactionTimeout = SQLState("25P03")
    public static let adminShutdown = SQLState("57P01")
    public static let crashShutdown = SQLState("57P02")
    public static let cannotConnectNow = SQLState("57P03")
    public static let invalidPassword = SQLState("28P01")
    public static let invalidAuthorization = SQLState("28000")
    public static let invalidCatalogName = SQLState("3D000")

    /// Worth retrying after a pause: the connection or the server went away, or the server
    /// resolved a conflict between transactions by cancelling ours.
    public var isTransient: Bool {
        errorClass == "08" || self == .serializationFailure || self == .deadlockDetected
            || self == .adminShutdown || self == .crashShutdown || self == .cannotConnectNow
    }
}
