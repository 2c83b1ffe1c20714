import CLibPQ

/// An error from libpq or the server.
///
/// `description` holds the server's primary message and SQLSTATE only: the DETAIL field can
/// quote row values (a duplicate key, say), so it is kept apart in `detail` and never logged
/// by default.
public struct PostgresError: Error, CustomStringConvertible, Sendable {
    public struct Kind: Hashable, Sendable, CustomStringConvertible {
        let name: String
        public var description: String { name }
        /// Could not open a connection (server down, bad host, authentication).
        public static let connection = Kind(name: "connection")
        /// The server rejected a statement.
        public static let statement = Kind(name: "statement")
        /// The connection broke or misbehaved while in use.
        public static let connectionLost = Kind(name: "connection lost")
        /// Bytes from the server did not have the expected shape.
        public static let protocolViolation = Kind(name: "protocol")
        /// A value this client refused to send (e.g. a string holding NUL).
        public static let invalidArgument = Kind(name: "invalid argument")
    }

    public let kind: Kind
    public let sqlState: SQLState?
    public let message: String
    public let detail: String?
    public let hint: String?

    public init(kind: Kind, message: String, sqlState: SQLState? = nil, detail: String? = nil, hint: String? = nil) {
        self.kind = kind
        self.message = message
        self.sqlState = sqlState
        self.detail = detail
        self.hint = hint
    }

    public var description: String {
        if let sqlState { return "\(message) (SQLSTATE \(sqlState))" }
        return message
    }

    /// The connection is gone or the server asked us to retry: a later attempt may succeed.
    public var isTransient: Bool {
        if kind == .connectionLost { return true }
        return sqlState?.isTransient ?? false
    }

    /// Builds an error from a failed result, reading its diagnostic fields.
    init(result: OpaquePointer, connection: OpaquePointer?) {
        func field(_ code: Int32) -> String? {
            guard let pointer = PQresultErrorField(result, code) else { return nil }
            return String(cString: pointer)
        }
        let state = field(RFM_PG_DIAG_SQLSTATE).map(SQLState.init)
        var primary = field(RFM_PG_DIAG_MESSAGE_PRIMARY)
        if primary == nil, let raw = PQresultErrorMessage(result) { primary = String(cString: raw) }
        let lost = connection.map { PQstatus($0) == CONNECTION_BAD } ?? false
        self.init(
            kind: lost && state == nil ? .connectionLost : .statement,
            message: Self.oneLine(primary ?? "unknown error"),
            sqlState: state,
            detail: field(RFM_PG_DIAG_MESSAGE_DETAIL),
            hint: field(RFM_PG_DIAG_MESSAGE_HINT)
        )
    }

    /// Builds an error from the connection's last message (connect failures, broken sockets).
    /// `conninfo`: the connection string the connection was opened with, whose passwords libpq's
    /// message may echo (`ConninfoRedaction`).
    init(kind: Kind, connection: OpaquePointer?, redacting conninfo: String? = nil) {
        var raw = connection.flatMap { PQerrorMessage($0) }.map { String(cString: $0) } ?? ""
        if let conninfo { raw = ConninfoRedaction.redact(raw, conninfo: conninfo) }
        let lost = kind == .statement && connection.map { PQstatus($0) == CONNECTION_BAD } ?? false
        self.init(kind: lost ? .connectionLost : kind, message: Self.oneLine(raw.isEmpty ? "\(kind) failed" : raw))
    }

    /// libpq messages end in newlines and sometimes span lines; a log line should not.
    static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline)
            .map { $0.trimmingPrefix(while: \.isWhitespace) }
            .joined(separator: " ")
    }
}
