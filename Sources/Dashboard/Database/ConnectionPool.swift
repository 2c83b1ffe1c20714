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
/// however many requests come in; one that has waited `queueWait` (`--queue-wait`) is answered
/// 503 instead, so an overload sheds requests in seconds rather than piling up sockets and
/// memory until clients time out on their own. A connection found broken after a statement is closed and
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

    /// A request waiting for a connection; nil handed to it means it waited too long. `timeout`
    /// is cancelled when a connection reaches it first, so a served request leaves no task
    /// sleeping out the rest of `queueWait`.
    struct Waiter {
        var id: UInt64
        var continuation: CheckedContinuation<Slot?, Never>
        var timeout: Task<Void, Never>
    }

    struct State {
        var idle: [Slot]
        var waiting: [Waiter] = []
        var nextWaiter: UInt64 = 0
        /// Requests answered 503 since the last warning, logged at most every 10 s (an overload
        /// sheds thousands a second; the log gets a line, not thousands).
        var shed = 0
        var lastWarning: ContinuousClock.Instant?
    }

    let conninfo: String?
    let logger: Logger
    let state: Mutex<State>
    public let size: Int
    public let queueWait: Duration

    public static let busy = Problem(.serviceUnavailable, "every database connection is busy, try again shortly")

    public init(conninfo: String?, size: Int, queueWait: Duration = .seconds(5), logger: Logger) {
        self.conninfo = conninfo
        self.logger = logger
        self.size = size
        self.queueWait = queueWait
        state = Mutex(State(idle: (0..<size).map(Slot.init)))
    }

    /// Runs `body` with a connection, on that connection's queue, in a session that can only
    /// read (`SessionSetup`).
    public func withConnection<T: Sendable>(_ body: @escaping @Sendable (Connection) throws -> T) async throws -> T {
        guard let slot = await checkOut() else { throw Self.busy }
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

    /// A free connection, or nil after `queueWait` without one. Whichever of the hand-over and
    /// the timeout takes the waiter out of the list under the lock resumes it: exactly once.
    func checkOut() async -> Slot? {
        await withCheckedContinuation { continuation in
            let slot = state.withLock { state -> Slot? in
                if let slot = state.idle.popLast() { return slot }
                state.nextWaiter += 1
                let id = state.nextWaiter
                let timeout = Task { [queueWait] in
                    guard (try? await Task.sleep(for: queueWait)) != nil else { return }  // cancelled: served
                    self.giveUp(id)
                }
                state.waiting.append(Waiter(id: id, continuation: continuation, timeout: timeout))
                return nil
            }
            if let slot { continuation.resume(returning: slot) }
        }
    }

    func giveUp(_ id: UInt64) {
        let now = ContinuousClock.now
        let (waiter, shedToLog) = state.withLock { state -> (Waiter?, Int?) in
            guard let index = state.waiting.firstIndex(where: { $0.id == id }) else { return (nil, nil) }
            state.shed += 1
            guard state.lastWarning.map({ now - $0 >= .seconds(10) }) ?? true else { return (state.waiting.remove(at: index), nil) }
            defer { state.shed = 0 }
            state.lastWarning = now
            return (state.waiting.remove(at: index), state.shed)
        }
        if let shedToLog {
            logger.warning("requests waited too long for a database connection: answered 503", metadata: [
                "http.shed_requests": "\(shedToLog)", "db.connections": "\(size)", "queue_wait": "\(queueWait)",
            ])
        }
        waiter?.continuation.resume(returning: nil)
    }

    func checkIn(_ slot: Slot) {
        let waiter = state.withLock { state -> Waiter? in
            if state.waiting.isEmpty {
                state.idle.append(slot)
                return nil
            }
            return state.waiting.removeFirst()
        }
        waiter?.timeout.cancel()
        waiter?.continuation.resume(returning: slot)
    }
}
