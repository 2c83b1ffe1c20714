import Foundation
import PostgresClient

/// A throwaway schema on the Citus cluster that RFM_TEST_CITUS_URL names (a libpq URL of the
/// coordinator's database, with the citus extension and its workers added). Tests there are
/// skipped without it: CI has no Citus. A schema, not a database, per test: a new database
/// would need the extension and the workers added on every node.
struct CitusDatabase {
    let schema: String
    /// The coordinator, with `search_path` set to the schema: what the job is given.
    let url: String

    static let coordinatorURL = ProcessInfo.processInfo.environment["RFM_TEST_CITUS_URL"].flatMap { $0.isEmpty ? nil : $0 }
    static var isAvailable: Bool { coordinatorURL != nil }

    /// Creates the schema, hands it to `body`, drops it (and every shard of it).
    static func with<T>(_ body: (CitusDatabase) throws -> T) throws -> T {
        let schema = "rfm_citus_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "").prefix(12)
        let admin = try Connection(conninfo: coordinatorURL!)
        try admin.execute("CREATE SCHEMA \(schema)")
        defer { _ = try? admin.execute("DROP SCHEMA IF EXISTS \(schema) CASCADE") }
        var components = URLComponents(string: coordinatorURL!)!
        components.queryItems = (components.queryItems ?? []) + [URLQueryItem(name: "options", value: "-csearch_path=\(schema)")]
        return try body(CitusDatabase(schema: schema, url: components.string!.replacingOccurrences(of: "=\(schema)", with: "%3D\(schema)")))
    }

    func connect() throws -> Connection { try Connection(conninfo: url) }
}
