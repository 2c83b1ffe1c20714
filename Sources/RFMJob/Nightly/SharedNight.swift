import Foundation
import Logging
import PostgresClient

/// A night shared by several processes on any hosts (`--share`, docs/SCALING.md), coordinated
/// by the database alone. The merchant's advisory lock (`MerchantLock`) is the claim and the
/// liveness lock at once: a process takes a merchant only if the lock is free (never waiting
/// while other work is left, `ParkedWork`), asks the ledger whether a run already scored it for
/// the date with the same settings (`RunLedger.scoredElsewhere`), and holds the lock until its
/// transaction has committed. If the process dies, the server ends its session and the lock is
/// free: its uncommitted work is gone, and the next process to look takes the merchant over.
enum SharedNight {
    /// A process killed or crashed closes its connections, and the server frees its locks at
    /// once. A host that is lost (power, network) sends nothing: without keepalives the server
    /// would hold its locks for the kernel's default two hours. These settings make the server
    /// notice within about a minute (`RFM_SHARE_KEEPALIVE_SECONDS` shortens it, for tests).
    static func watchForLostHosts(on connection: Connection) throws {
        let seconds = ProcessInfo.processInfo.environment["RFM_SHARE_KEEPALIVE_SECONDS"].flatMap { Int($0) }.map { max(1, $0) } ?? 20
        // Unix-socket connections ignore these (and have no host to lose).
        try connection.execute("""
            SELECT set_config('tcp_keepalives_idle', $1, false), set_config('tcp_keepalives_interval', $2, false),
                   set_config('tcp_keepalives_count', '3', false), set_config('tcp_user_timeout', $3, false)
            """, [String(seconds), String(max(1, seconds / 2)), String(seconds * 3 * 1000)])
    }

    /// Once a minute while a process waits only for merchants others hold: who holds one of
    /// them. A holder that is alive but stuck (stopped, hung, an operator's session holding the
    /// lock) is waited for as long as it lives; this line is how it is found.
    static func reportWaiting(for merchant: String, on connection: Connection, logger: Logger) {
        let holder = (try? MerchantLock(connection: connection).holder(of: merchant, ownRun: nil)) ?? "holder unknown"
        logger.warning("waiting for merchants other processes hold", metadata: ["merchant": "\(merchant)", "holder": "\(holder)"])
    }
}
