import Dispatch
import Logging
import PostgresClient
import Synchronization

/// A small fixed set of database connections for the server (`--connections`, default 4).
///
/// libpq is blocking, and a request handler runs on the NIO event loop's cooperative threads,
/// which must never wait on a socket: every statement runs on the connection's own serial
/// dispatch queue instead, and the handler awaits it. A request that finds every connection
/// busy waits its turn (first come, first served), so the database sees at most N sessions
/// however many requests come in. A connection found broken after a statement is closed and
/// opened anew on its next use: a restarted server costs the requests in flight, not the
/// process.
public final class ConnectionPool: Sendable {
    /// One connection and the queue it is used on.
    final class Slot: @unchecked Sendable {
        // Safe: a slot belongs to one borrower at a time (the pool hands it out under its lock)
        // and `connection` is touched only on `queue`, a serial queue.
        var connection: Connection?
        let queue: DispatchQueue

        init(index: Int) { queue = DispatchQueue(label: "rfm-nightly.serve.connection-\(index)") }
    }

    struct State {
        var idle: [Slot]
        var waiting: [CheckedContinuation<Slot, Never>] = []
    }

    let conninfo: String?
    let logger: Logger
    let state: Mutex<State>
    public let size: Int

    public init(conninfo: String?, size: Int, logger: Logger) {
        self.conninfo = conninfo
        self.logger = logger
        self.size = size
        state = Mutex(State(idle: (0..<size).map(Slot.init)))
    }

    /// Runs `body` with a connection, on that connection's queue, in a session that can only
    /// read (`SessionSetup`).
    public func withConnection<T: Sendable>(_ body: @escaping @Sendable (Connection) throws -> T) async throws -> T {
        let slot = await checkOut()
        defer { checkIn(slot) }
        return try await withCheckedThrowingContinuation { continuation in
            slot.queue.async { [conninfo, logger] in
                continuation.resume(with: Result {
                    let connection: Connection
                    if let open = slot.connection, open.isHealthy {
                        connection = open
                    } else {
                        slot.connection = nil
                        connection = try SessionSetup.open(conninfo: conninfo)
                        slot.connection = connection
                    }
                    defer {
                        if !connection.isHealthy {
                            logger.warning("database connection lost; the next request opens a new one")
                            slot.connection = nil
                        }
                    }
                    return try body(connection)
                })
            }
        }
    }

    func checkOut() async -> Slot {
        await withCheckedContinuation { continuation in
            let slot = state.withLock { state -> Slot? in
                if let slot = state.idle.popLast() { return slot }
                state.waiting.append(continuation)
                return nil
            }
            if let slot { continuation.resume(returning: slot) }
        }
    }

    func checkIn(_ slot: Slot) {
        let waiter = state.withLock { state -> CheckedContinuation<Slot, Never>? in
            if state.waiting.isEmpty {
                state.idle.append(slot)
                return nil
            }
            return state.waiting.removeFirst()
        }
        waiter?.resume(returning: slot)
    }
}
