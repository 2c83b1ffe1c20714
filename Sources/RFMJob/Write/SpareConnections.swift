import Foundation
import PostgresClient

/// Connections that a run's workers borrow for work beside their own connection's
/// (`StagedCurrentState`): opened when first needed, kept for the next merchant, closed with
/// the run. One borrower at a time per connection.
final class SpareConnections: @unchecked Sendable {
    private let connect: @Sendable () throws -> Connection
    private let lock = NSLock()
    private var idle: [Connection] = []  // guarded by `lock`

    init(connect: @escaping @Sendable () throws -> Connection) { self.connect = connect }

    /// An idle connection, or a new one.
    func take() throws -> Connection {
        try lock.withLock { idle.popLast() } ?? connect()
    }

    /// Back for the next borrower, unless it broke.
    func giveBack(_ connection: Connection) {
        guard connection.isHealthy else { return }
        lock.withLock { idle.append(connection) }
    }
}
