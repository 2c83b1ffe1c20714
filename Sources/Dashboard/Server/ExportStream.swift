import Dispatch
import Hummingbird
import PostgresClient
import RFMJob
import Synchronization

/// The CSV download: exactly what `rfm-nightly export` writes for the filter (`CustomerExport`,
/// formula guard on), streamed. The export runs on a pool connection and hands over its 64 KiB
/// chunks one at a time; it waits while `window` chunks are on their way to the client, so a slow
/// download slows the COPY instead of filling memory. A client that goes away ends the stream,
/// which cancels the COPY and frees the connection.
enum ExportStream {
    static let window = 2

    final class Gate: Sendable {
        let room = DispatchSemaphore(value: ExportStream.window)
        let cancelled = Mutex(false)

        struct ClientGone: Error {}

        /// On the export's queue, before handing over a chunk.
        func waitForRoom() throws {
            room.wait()
            if cancelled.withLock({ $0 }) { throw ClientGone() }
        }

        func taken() { room.signal() }

        func cancel() {
            cancelled.withLock { $0 = true }
            room.signal()
        }
    }

    static func body(pool: ConnectionPool, merchant: String, filter: CustomerExport.Filter) -> ResponseBody {
        let (chunks, continuation) = AsyncThrowingStream<[UInt8], any Error>.makeStream()
        let gate = Gate()
        continuation.onTermination = { _ in gate.cancel() }
        Task {
            do {
                _ = try await pool.withConnection { connection in
                    try CustomerExport(connection: connection).export(merchant: merchant, filter: filter, formulaGuard: true) { chunk in
                        try gate.waitForRoom()
                        continuation.yield(chunk)
                    }
                }
                continuation.finish()
            } catch {
                continuation.finish(throwing: error)
            }
        }
        return ResponseBody(asyncSequence: chunks.map { chunk in
            gate.taken()
            return ByteBuffer(bytes: chunk)
        })
    }
}
