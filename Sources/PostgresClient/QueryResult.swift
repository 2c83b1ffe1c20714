import CLibPQ

/// A query's result. Owns its `PGresult` and clears it exactly once, when it goes out of scope;
/// being `~Copyable`, it cannot be cleared twice or outlive that by a copy.
public struct QueryResult: ~Copyable {
    private let handle: OpaquePointer

    init(owning handle: OpaquePointer) { self.handle = handle }

    deinit { PQclear(handle) }

    public var rowCount: Int { Int(PQntuples(handle)) }
    public var columnCount: Int { Int(PQnfields(handle)) }

    /// Rows touched by an INSERT/UPDATE/DELETE/COPY, from the command tag.
    public var affectedRows: Int {
        guard let text = PQcmdTuples(handle) else { return 0 }
        return Int(String(cString: text)) ?? 0
    }

    /// The value at (row, column) as text, or nil for SQL NULL (`PQgetvalue` alone gives "" for both).
    public func value(_ row: Int, _ column: Int) -> String? {
        precondition(row < rowCount && column < columnCount, "result index out of range")
        if PQgetisnull(handle, Int32(row), Int32(column)) == 1 { return nil }
        return String(cString: PQgetvalue(handle, Int32(row), Int32(column)))
    }

    /// The first column of the first row, if any.
    public var scalar: String? { rowCount > 0 && columnCount > 0 ? value(0, 0) : nil }

    /// Every row, copied out as text (nil for NULL).
    public var rows: [[String?]] {
        (0..<rowCount).map { row in (0..<columnCount).map { value(row, $0) } }
    }

    /// The column's name, as the query labelled it.
    public func columnName(_ column: Int) -> String {
        String(cString: PQfname(handle, Int32(column)))
    }
}
