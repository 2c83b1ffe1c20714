import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import PostgresClient
import RFMCore
@testable import Dashboard
@testable import RFMJob

/// The dashboard over a test database the job has scored (the integration fixture's three
/// merchants on two nights, and a merchant whose ids are hostile), with three tokens.
// Unchecked: the test body and the router test run one request at a time; the job connection
// is used only from the test body, never from two tasks at once.
struct DashboardHarness: @unchecked Sendable {
    static let everyToken = "token-every-merchant-0001"
    static let alphaToken = "token-alpha-and-hostile-01"
    static let betaToken = "token-beta-only-000000001"
    static let hostileMerchant = "<script>&\"x'/ü m"
    static let hostileKeys = ["<script>alert(1)</script>", "a/b c", "\"quoted\" & 'single'", "ünï/cødé?#%"]

    let job: JobHarness
    let dashboard: Dashboard

    init(_ database: TestDatabase) throws {
        job = try JobHarness(database)
        for (index, key) in Self.hostileKeys.enumerated() {
            try job.connection.execute("""
                INSERT INTO purchase_events (merchant_id, event_id, user_key, email, occurred_at, amount, currency, kind)
                VALUES ($1, $2, $3, $4, '2026-02-01 10:00+00', $5::numeric, 'USD', 'purchase')
                """, [Self.hostileMerchant, "h-\(index)", key, index == 0 ? nil : "h\(index)@example.com", "\(10 * (index + 1)).00"])
        }
        try job.run("2026-03-01")
        try job.run("2026-04-15")
        let tokens = TokenRegistry(entries: [
            .init(token: Self.everyToken, grant: .every),
            .init(token: Self.alphaToken, grant: .only(["m-alpha", Self.hostileMerchant])),
            .init(token: Self.betaToken, grant: .only(["m-beta"])),
        ])
        // The test cluster's role is a superuser: allowed here, refused without --allow-write (WriteAccessTests).
        dashboard = try Dashboard.prepare(conninfo: database.url, connections: 2, allowWrite: true, tokens: tokens, logger: .quiet)
    }

    func application() -> some ApplicationProtocol {
        Application(router: dashboard.router(), logger: .quiet)
    }

    static func bearer(_ token: String) -> HTTPFields { [.authorization: "Bearer \(token)"] }

    /// GET `uri` with the token, the response handed back.
    static func get(_ client: some TestClientProtocol, _ uri: String, token: String? = everyToken) async throws -> TestResponse {
        try await client.execute(uri: uri, method: .get, headers: token.map(bearer) ?? [:])
    }

    static func json(_ response: TestResponse) throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(String(buffer: response.body).utf8)) as! [String: Any]
    }

    /// The user keys of the merchant in SQL's order for a sort (the reference the pages are held to).
    func orderedKeys(_ merchant: String, _ sort: CustomerSort, where condition: String = "true", _ parameters: [String?] = []) throws -> [String] {
        let direction = sort.descending ? "DESC" : "ASC"
        let order = sort.column == .userKey ? "user_key \(direction)" : "\(sort.column.expression) \(direction), user_key \(direction)"
        return try job.connection.execute(
            "SELECT user_key FROM customer_ltv WHERE merchant_id = $1 AND \(condition) ORDER BY \(order)", [merchant] + parameters
        ).rows.map { $0[0]! }
    }
}

extension String {
    /// As a path segment or query value.
    var encoded: String { DashboardLinks.encode(self) }
}
