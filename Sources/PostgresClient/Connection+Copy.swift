import CLibPQ

extension Connection {
    /// Streams `COPY … TO STDOUT`, handing each data message (one row) to `onMessage` as it
    /// arrives, so memory does not grow with the result. Returns the number of messages.
    ///
    /// If `onMessage` throws, the COPY is cancelled and drained before the error is rethrown,
    /// leaving the connection usable.
    @discardableResult
    public func copyOut(_ sql: String, _ onMessage: (UnsafeRawBufferPointer) throws -> Void) throws -> Int {
        try Self.rejectNUL(sql)
        _ = try checked(PQexec(handle, sql), accepting: [PGRES_COPY_OUT])
        var messages = 0
        var handlerError: Error?
        while true {
            var buffer: UnsafeMutablePointer<CChar>?
            let length = PQgetCopyData(handle, &buffer, 0)
            if length > 0, let buffer {
                defer { PQfreemem(buffer) }
                guard handlerError == nil else { continue }  // cancelled: discard the rest
                messages += 1
                do {
                    try onMessage(UnsafeRawBufferPointer(start: buffer, count: Int(length)))
                } catch {
                    handlerError = error
                    requestCancel()
                }
            } else if length == -1 {
                break  // COPY finished; the final status follows as a result
            } else {
                let error = PostgresError(kind: .statement, connection: handle)
                _ = drainResults()
                throw handlerError ?? error
            }
        }
        let serverError = drainResults()
        if let handlerError { throw handlerError }
        if let serverError { throw serverError }
        return messages
    }

    /// Runs `COPY … FROM STDIN`; `produce` sends the data through the sink. If `produce` throws,
    /// the COPY is ended with that reason (the server discards every row) and the error rethrown.
    /// Returns the number of rows the server stored.
    @discardableResult
    public func copyIn(_ sql: String, _ produce: (CopyInSink) throws -> Void) throws -> Int {
        try Self.rejectNUL(sql)
        _ = try checked(PQexec(handle, sql), accepting: [PGRES_COPY_IN])
        let sink = CopyInSink(connection: self)
        do {
            try produce(sink)
        } catch {
            _ = PQputCopyEnd(handle, "rfm-nightly aborted the copy")
            _ = drainResults()
            throw error
        }
        guard PQputCopyEnd(handle, nil) == 1 else {
            let error = PostgresError(kind: .statement, connection: handle)
            _ = drainResults()
            throw error
        }
        var stored = 0
        var firstError: PostgresError?
        while let raw = PQgetResult(handle) {
            let result = QueryResult(owning: raw)
            if PQresultStatus(raw) == PGRES_COMMAND_OK {
                stored = result.affectedRows
            } else if firstError == nil {
                firstError = PostgresError(result: raw, connection: handle)
            }
        }
        if let firstError { throw firstError }
        return stored
    }
}
