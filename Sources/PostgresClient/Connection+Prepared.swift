import CLibPQ

extension Connection {
    /// Runs `sql` as a statement prepared on this session: prepared (parsed, analysed) the first
    /// time this connection sees that text, executed by name after. For the statements a server
    /// runs thousands of times a second on long-lived connections (the dashboard's drill-down),
    /// where parsing and planning cost as much as the index look-ups; PostgreSQL's plan cache then
    /// keeps a generic plan when it costs no more than the custom ones. Plans follow DDL (a
    /// partition swapped in by the nightly run) on their own. Needs a session of its own: behind
    /// a transaction-mode pooler that does not track protocol-level prepared statements, a name
    /// prepared on one server session is missing on the next.
    @discardableResult
    public func executePrepared(_ sql: String, _ parameters: [String?] = []) throws -> QueryResult {
        for case let value? in parameters { try Self.rejectNUL(value) }
        let name = try preparedName(for: sql, parameterCount: parameters.count)
        let raw = Self.withCStringArray(parameters) { valuePointers in
            PQexecPrepared(handle, name, Int32(parameters.count), valuePointers, nil, nil, 0)
        }
        return try checked(raw, accepting: [PGRES_COMMAND_OK, PGRES_TUPLES_OK])
    }

    /// The statement's name on this session, preparing it on first use. Recorded only once the
    /// server has it: a failed prepare (a typo, an aborted transaction) is tried again next time.
    func preparedName(for sql: String, parameterCount: Int) throws -> String {
        if let name = preparedNames[sql] { return name }
        try Self.rejectNUL(sql)
        let name = "rfm_prepared_\(preparedNames.count + 1)"
        _ = try checked(PQprepare(handle, name, sql, Int32(parameterCount), nil), accepting: [PGRES_COMMAND_OK])
        preparedNames[sql] = name
        return name
    }
}
