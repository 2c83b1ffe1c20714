import PostgresClient

extension Connection {
    /// Runs `body` in a savepoint with `lock_timeout` at `wait`; if a lock is not granted in time,
    /// undoes the savepoint (the setting with it) and returns false. Inside a transaction only.
    func withLockWait(_ wait: String, savepoint: String, _ body: () throws -> Void) throws -> Bool {
        let previousTimeout = try execute("SELECT current_setting('lock_timeout')").scalar ?? "0"
        try execute("SAVEPOINT \(savepoint)")
        do {
            try execute("SELECT set_config('lock_timeout', $1, true)", [wait])
            try body()
            try execute("SELECT set_config('lock_timeout', $1, true)", [previousTimeout])
            try execute("RELEASE SAVEPOINT \(savepoint)")
            return true
        } catch let error as PostgresError where error.sqlState == .lockNotAvailable {
            try execute("ROLLBACK TO SAVEPOINT \(savepoint)")
            try execute("RELEASE SAVEPOINT \(savepoint)")
            return false
        }
    }
}
