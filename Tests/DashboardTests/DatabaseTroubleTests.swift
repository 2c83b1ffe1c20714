import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import Testing
@testable import Dashboard
@testable import RFMJob

/// When the database goes away or every connection is busy, the server answers 503 with
/// Retry-After, in seconds, and recovers by itself.
@Suite(.enabled(if: TestDatabase.isAvailable)) struct DatabaseTroubleTests {
    /// The server's sessions killed under it (a restart, a failover, an idle-session reaper): the
    /// request that finds its connection dead is a 503, not a crash or a 500, and the next one
    /// reconnects and is served.
    @Test func aLostConnectionIsA503AndTheNextRequestReconnects() async throws {
        try await TestDatabase.withAsync { database in
            let harness = try DashboardHarness(database)
            try await harness.application().test(.router) { client in
                let route = "/api/merchants/m-alpha/customers/alice"
                let before = try await DashboardHarness.get(client, route)
                #expect(before.status == .ok)
                let killed = try harness.job.connection.execute(
                    "SELECT count(*) FILTER (WHERE pg_terminate_backend(pid))::text FROM pg_stat_activity WHERE application_name = $1 AND datname = current_database()",
                    [SessionSetup.applicationName]
                ).rows[0][0]
                #expect(Int(killed ?? "0")! >= 1)

                let lost = try await DashboardHarness.get(client, route)
                #expect(lost.status == .serviceUnavailable)
                #expect(lost.headers[.retryAfter] == "2")
                #expect(String(buffer: lost.body).contains("the database is unavailable or busy"))
                let page = try await DashboardHarness.get(client, "/insights/ltv?merchant=m-alpha")
                #expect(page.status == .ok)
                let after = try await DashboardHarness.get(client, route)
                #expect(after.status == .ok)
                #expect(String(buffer: after.body) == String(buffer: before.body))
            }
        }
    }

    /// One connection held by a slow statement: a request that waits longer than the queue wait
    /// is answered 503 (`ConnectionPool.busy`); one that waits less is served when it frees.
    @Test func aRequestThatWaitsPastTheQueueWaitIsShedWithA503() async throws {
        try await TestDatabase.withAsync { database in
            let pool = ConnectionPool(conninfo: database.url, size: 1, queueWait: .milliseconds(300), logger: .quiet)
            let slow = Task { try await pool.withConnection { try $0.execute("SELECT pg_sleep(1.5)::text").rowCount } }
            try await Task.sleep(for: .milliseconds(200))
            let started = ContinuousClock.now
            await #expect(throws: Problem.self) {
                _ = try await pool.withConnection { try $0.execute("SELECT 1::text").rows[0][0] }
            }
            let waited = ContinuousClock.now - started
            #expect(waited >= .milliseconds(300) && waited < .milliseconds(1200), "\(waited)")
            do {
                _ = try await pool.withConnection { _ in 0 }
                Issue.record("expected 503")
            } catch let problem as Problem {
                #expect(problem.status == .serviceUnavailable)
            }
            #expect(try await slow.value == 1)
            #expect(try await pool.withConnection { try $0.execute("SELECT 1::text").rows[0][0] } == "1")

            // A wait shorter than the queue wait is served, in order.
            let patient = ConnectionPool(conninfo: database.url, size: 1, queueWait: .seconds(5), logger: .quiet)
            let first = Task { try await patient.withConnection { try $0.execute("SELECT pg_sleep(0.5)::text").rowCount } }
            try await Task.sleep(for: .milliseconds(100))
            #expect(try await patient.withConnection { try $0.execute("SELECT 2::text").rows[0][0] } == "2")
            #expect(try await first.value == 1)
        }
    }
}
