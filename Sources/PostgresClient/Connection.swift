import CLibPQ
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One libpq connection. Synchronous and not thread-safe: one connection, one thread.
///
/// Settings come from a conninfo string or URL the user gave (`DATABASE_URL`), or, when there is
/// none, from libpq's own defaults: `PG*` variables, `~/.pgpass`, the service file. Passwords are
/// never pasted into strings here.
public final class Connection {
    let handle: OpaquePointer
    /// Statements prepared on this session, by their text: the name each was prepared under
    /// (`Connection+Prepared.swift`).
    var preparedNames: [String: String] = [:]

    /// Opens a connection. `conninfo` nil means libpq's defaults.
    public init(conninfo: String?, applicationName: String = "rfm-nightly") throws {
        if let conninfo { try Self.rejectNUL(conninfo) }
        // Later keywords override what `dbname` expands to: we always speak UTF-8.
        var keywords = ["fallback_application_name", "client_encoding"]
        var values: [String?] = [applicationName, "UTF8"]
        if let conninfo {
            keywords.insert("dbname", at: 0)
            values.insert(conninfo, at: 0)
        }
        let connection = Self.withCStringArray(keywords) { keywordPointers in
            Self.withCStringArray(values) { valuePointers in
                PQconnectdbParams(keywordPointers, valuePointers, 1)
            }
        }
        // PQconnectdbParams returns a connection object even when it fails; it must still be finished.
        guard let connection else {
            throw PostgresError(kind: .connection, message: "libpq could not allocate a connection")
        }
        guard PQstatus(connection) == CONNECTION_OK else {
            let error = PostgresError(kind: .connection, connection: connection, redacting: conninfo)
            PQfinish(connection)
            throw error
        }
        handle = connection
        // libpq prints NOTICEs to stderr by default, which would break the JSON-lines log.
        PQsetNoticeProcessor(handle, { _, _ in }, nil)
    }

    deinit { PQfinish(handle) }

    /// True while the socket is healthy; false after the server went away.
    public var isHealthy: Bool { PQstatus(handle) == CONNECTION_OK }

    /// The server's process id: what `pg_stat_activity.pid` and `pg_locks.pid` show.
    public var backendPID: Int32 { PQbackendPID(handle) }

    /// Runs one statement with `$n` text parameters (nil = SQL NULL) and returns its result.
    @discardableResult
    public func execute(_ sql: String, _ parameters: [String?] = []) throws -> QueryResult {
        try Self.rejectNUL(sql)
        for case let value? in parameters { try Self.rejectNUL(value) }
        let raw = Self.withCStringArray(parameters) { valuePointers in
            PQexecParams(handle, sql, Int32(parameters.count), nil, valuePointers, nil, nil, 0)
        }
        return try checked(raw, accepting: [PGRES_COMMAND_OK, PGRES_TUPLES_OK])
    }

    /// Runs a script of several statements (no parameters), such as a migration file.
    public func executeScript(_ sql: String) throws {
        try Self.rejectNUL(sql)
        _ = try checked(PQexec(handle, sql), accepting: [PGRES_COMMAND_OK, PGRES_TUPLES_OK, PGRES_EMPTY_QUERY])
    }

    /// Quotes a value as an SQL literal, for the one place parameters cannot go: COPY's query.
    public func quoteLiteral(_ value: String) throws -> String {
        try Self.rejectNUL(value)
        let utf8 = Array(value.utf8)
        guard let quoted = PQescapeLiteral(handle, value, utf8.count) else {
            throw PostgresError(kind: .invalidArgument, connection: handle)
        }
        defer { PQfreemem(quoted) }
        return String(cString: quoted)
    }

    /// Quotes a name (table, column) as an SQL identifier.
    public func quoteIdentifier(_ name: String) throws -> String {
        try Self.rejectNUL(name)
        let utf8 = Array(name.utf8)
        guard let quoted = PQescapeIdentifier(handle, name, utf8.count) else {
            throw PostgresError(kind: .invalidArgument, connection: handle)
        }
        defer { PQfreemem(quoted) }
        return String(cString: quoted)
    }

    /// Asks the server to cancel whatever this connection is running. Safe from another thread.
    public func requestCancel() {
        guard let cancel = PQgetCancel(handle) else { return }
        defer { PQfreeCancel(cancel) }
        var errorBuffer = [CChar](repeating: 0, count: 256)
        _ = PQcancel(cancel, &errorBuffer, Int32(errorBuffer.count))
    }

    /// Whether a conninfo string or URL carries a password, as libpq itself parses it, or, for
    /// one libpq cannot parse, as the tolerant scan that redacts its errors finds one.
    public static func conninfoHasPassword(_ conninfo: String) -> Bool {
        guard let options = PQconninfoParse(conninfo, nil) else { return !ConninfoSecrets(Array(conninfo.utf8)).isEmpty }
        defer { PQconninfoFree(options) }
        var option = options
        while let keyword = option.pointee.keyword {
            if String(cString: keyword) == "password", let value = option.pointee.val, value.pointee != 0 { return true }
            option += 1
        }
        return false
    }

    // MARK: - Helpers

    /// Takes ownership of `raw`, clearing it exactly once whatever happens.
    func checked(_ raw: OpaquePointer?, accepting statuses: [ExecStatusType]) throws -> QueryResult {
        guard let raw else { throw PostgresError(kind: .statement, connection: handle) }
        let result = QueryResult(owning: raw)
        guard statuses.contains(PQresultStatus(raw)) else {
            throw PostgresError(result: raw, connection: handle)
        }
        return result
    }

    /// Reads results until libpq says there are no more, so the connection is usable again.
    func drainResults() -> PostgresError? {
        var firstError: PostgresError?
        while let raw = PQgetResult(handle) {
            let status = PQresultStatus(raw)
            if firstError == nil, status == PGRES_FATAL_ERROR || status == PGRES_BAD_RESPONSE {
                firstError = PostgresError(result: raw, connection: handle)
            }
            PQclear(raw)
            // A result still in COPY state cannot end by itself; stop rather than spin.
            if status == PGRES_COPY_IN || status == PGRES_COPY_OUT || status == PGRES_COPY_BOTH { break }
        }
        return firstError
    }

    static func rejectNUL(_ text: String) throws {
        if text.utf8.contains(0) {
            throw PostgresError(kind: .invalidArgument, message: "a value sent to PostgreSQL contains a NUL character")
        }
    }

    /// Calls `body` with a NULL-terminated array of C strings (nil stays NULL), freed afterwards.
    static func withCStringArray<R>(_ strings: [String?], _ body: ([UnsafePointer<CChar>?]) -> R) -> R {
        let duplicated: [UnsafeMutablePointer<CChar>?] = strings.map { $0.flatMap { strdup($0) } }
        defer { duplicated.forEach { free($0) } }
        return body(duplicated.map { $0.map { UnsafePointer($0) } } + [nil])
    }
}
