import Foundation
import Logging
import PostgresClient
import RFMJob
import Testing

/// A throwaway database on the test cluster that `scripts/test` starts. Tests read its
/// location from RFM_TEST_DATABASE_URL (a libpq URL of any database on that server).
struct TestDatabase {
    let name: String
    let url: String

    static let adminURL = ProcessInfo.processInfo.environment["RFM_TEST_DATABASE_URL"].flatMap { $0.isEmpty ? nil : $0 }

    /// Integration tests run only with a test server. scripts/test sets RFM_REQUIRE_DATABASE=1
    /// so that a missing server fails the run instead of skipping silently.
    static var isAvailable: Bool {
        if adminURL == nil, ProcessInfo.processInfo.environment["RFM_REQUIRE_DATABASE"] == "1" {
            fatalError("RFM_REQUIRE_DATABASE=1 but RFM_TEST_DATABASE_URL is not set")
        }
        return adminURL != nil
    }

    /// Creates a fresh database (migrated unless told otherwise), hands it to `body`, drops it.
    static func with<T>(migrated: Bool = true, _ body: (TestDatabase) throws -> T) throws -> T {
        let (database, admin) = try create(migrated: migrated)
        defer { database.drop(on: admin) }
        return try body(database)
    }

    /// The same for an async test (the dashboard's, which await the server's answers).
    static func withAsync<T>(migrated: Bool = true, _ body: (TestDatabase) async throws -> T) async throws -> T {
        let (database, admin) = try create(migrated: migrated)
        defer { database.drop(on: admin) }
        return try await body(database)
    }

    static func create(migrated: Bool) throws -> (TestDatabase, admin: Connection) {
        let name = "rfm_test_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "").prefix(16)
        let admin = try Connection(conninfo: adminURL!)
        try admin.execute("CREATE DATABASE \(name)")
        let database = TestDatabase(name: name, url: Self.url(forDatabase: name))
        if migrated {
            do {
                try Migrator(connection: try database.connect(), logger: .quiet).migrate()
            } catch {
                database.drop(on: admin)
                throw error
            }
        }
        return (database, admin)
    }

    func drop(on admin: Connection) { _ = try? admin.execute("DROP DATABASE IF EXISTS \(name) WITH (FORCE)") }

    static func url(forDatabase name: String) -> String {
        var components = URLComponents(string: adminURL!)!
        components.path = "/" + name
        return components.string!
    }

    func connect() throws -> Connection { try Connection(conninfo: url) }

    /// Runs a file of SQL, e.g. a fixture or the reference implementation.
    func load(_ file: SQLFile) throws {
        try connect().executeScript(try String(contentsOf: file.url, encoding: .utf8))
    }
}

/// SQL files the tests use, found relative to this source file.
enum SQLFile {
    case fixture(String)
    case referenceScores
    case demoData

    var url: URL {
        let tests = TestPaths.integrationTests
        switch self {
        case .fixture(let name): return tests.appending(path: "Fixtures/\(name).sql")
        case .referenceScores:
            return TestPaths.tests.appending(path: "Fixtures/reference/reference-scores.sql")
        case .demoData:
            return TestPaths.repository.appending(path: "scripts/demos/demo-data.sql")
        }
    }
}

extension Logger {
    /// Discards everything: for tests that do not look at logs.
    static var quiet: Logger { Logger(label: "test") { _ in SwiftLogNoOpLogHandler() } }
}

/// Collects log events in memory, so a test can check what was logged without bootstrapping.
final class LogCapture: @unchecked Sendable {
    // Safe: every access to `events` holds `lock`.
    private let lock = NSLock()
    private var events: [(level: Logger.Level, message: String, metadata: Logger.Metadata)] = []

    var logger: Logger {
        Logger(label: "test") { _ in CaptureHandler(capture: self) }
    }

    var messages: [String] { lock.withLock { events.map(\.message) } }
    var all: [(level: Logger.Level, message: String, metadata: Logger.Metadata)] { lock.withLock { events } }

    fileprivate func append(_ level: Logger.Level, _ message: String, _ metadata: Logger.Metadata) {
        lock.withLock { events.append((level, message, metadata)) }
    }

    private struct CaptureHandler: LogHandler {
        let capture: LogCapture
        var logLevel: Logger.Level = .trace
        var metadata: Logger.Metadata = [:]
        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { metadata[key] }
            set { metadata[key] = newValue }
        }
        func log(event: LogEvent) {
            capture.append(event.level, event.message.description, metadata.merging(event.metadata ?? [:]) { $1 })
        }
    }
}
