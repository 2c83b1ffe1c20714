import Foundation
import PostgresClient
import Testing
@testable import Dashboard
@testable import RFMJob

/// serve refuses a role that can write (77, naming the privilege) unless --allow-write, and its
/// sessions are read-only whatever the role.
@Suite(.enabled(if: TestDatabase.isAvailable)) struct WriteAccessTests {
    static func url(_ database: TestDatabase, user: String) -> String {
        var components = URLComponents(string: database.url)!
        components.user = user
        components.password = nil
        return components.string!
    }

    @Test func aReadOnlyRoleStartsAWritingOneIsRefusedUnlessAllowed() throws {
        try TestDatabase.with { database in
            let connection = try database.connect()
            let reader = "rfm_reader_" + database.name.suffix(8), writer = "rfm_writer_" + database.name.suffix(8)
            try connection.execute("CREATE ROLE \(reader) LOGIN")
            try connection.execute("CREATE ROLE \(writer) LOGIN")
            defer {
                _ = try? connection.execute("DROP OWNED BY \(reader), \(writer)")
                _ = try? connection.execute("DROP ROLE IF EXISTS \(reader)")
                _ = try? connection.execute("DROP ROLE IF EXISTS \(writer)")
            }
            try connection.execute("GRANT SELECT ON ALL TABLES IN SCHEMA public TO \(reader), \(writer)")
            try connection.execute("GRANT INSERT ON customer_ltv_history TO \(writer)")
            let tokens = TokenRegistry(entries: [])

            let dashboard = try Dashboard.prepare(conninfo: Self.url(database, user: reader), connections: 1, allowWrite: false, tokens: tokens, logger: .quiet)
            #expect(dashboard.pool.size == 1)
            for (user, problem) in [(writer, "can write (INSERT on customer_ltv_history)"), (nil, "can write (it is a superuser)")] {
                let conninfo = user.map { Self.url(database, user: $0) } ?? database.url
                #expect {
                    try Dashboard.prepare(conninfo: conninfo, connections: 1, allowWrite: false, tokens: tokens, logger: .quiet)
                } throws: { error in
                    let failure = error as? JobFailure
                    return failure?.category == .permissionDenied && failure?.message.contains(problem) == true && failure?.message.contains("--allow-write") == true
                }
                let capture = LogCapture()
                _ = try Dashboard.prepare(conninfo: conninfo, connections: 1, allowWrite: true, tokens: tokens, logger: capture.logger)
                #expect(capture.all.contains { $0.level == .warning && $0.message.contains("CAN WRITE") })
            }
            // Even the superuser's sessions refuse to write.
            let session = try SessionSetup.open(conninfo: database.url)
            #expect(throws: (any Error).self) { try session.execute("DELETE FROM customer_ltv") }
        }
    }
}
