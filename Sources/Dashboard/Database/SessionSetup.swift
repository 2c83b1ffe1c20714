import PostgresClient
import RFMJob

/// How the server's sessions start: read-only by default (a statement that writes fails, even
/// with a role that could), times in UTC as the reading commands read them.
enum SessionSetup {
    static let applicationName = "rfm-nightly serve"
    static let lockWait: Duration = .seconds(15)

    static func open(conninfo: String?) throws -> Connection {
        let connection = try Connection(conninfo: conninfo, applicationName: applicationName)
        try connection.execute("SET default_transaction_read_only = on")
        try connection.execute("SET TimeZone = 'UTC'")
        // A page waits for the night's swap of a merchant (it holds customer_ltv a moment), not
        // for ever: after this the request answers 503.
        try LockTimeout.bound(lockWait, on: connection)
        return connection
    }
}
