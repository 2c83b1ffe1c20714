import ArgumentParser
import Dashboard
import Dispatch
import Foundation
import Hummingbird
import RFMJob

struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serves the read-only web dashboard (/insights/ltv) and its JSON API (/api/…).",
        discussion: """
            Access by bearer token from --tokens FILE (one per line: TOKEN merchant-a,merchant-b or TOKEN *; \
            re-read on SIGHUP). Refuses to start with a database role that can write (77) unless \
            --allow-write; a bad tokens file is a configuration error (78). Plain HTTP: put TLS in a \
            reverse proxy. See docs/DASHBOARD.md.
            """
    )

    @OptionGroup var common: CommonOptions

    @Option(help: "Address and port to listen on (host:port). Port 0 picks a free one.")
    var listen = "127.0.0.1:8080"

    @Option(help: "The tokens file (never tokens on the command line, where ps shows them).")
    var tokens: String

    @Option(help: "Database connections the server reads on (the most statements it runs at once).")
    var connections = 4

    @Option(help: "Seconds a request waits for a free connection before it is answered 503 (an overload sheds load instead of queueing it).")
    var queueWait = 5.0

    @Flag(help: "Start even if the database role can write (logs a warning; sessions stay read-only by default).")
    var allowWrite = false

    @Flag(help: "Mark the session cookie Secure: when a TLS proxy serves the dashboard over https.")
    var secureCookie = false

    func validate() throws {
        guard Self.address(listen) != nil else { throw ValidationError("--listen must be host:port, like 127.0.0.1:8080, not '\(listen)'") }
        guard (1...64).contains(connections) else { throw ValidationError("--connections must be from 1 to 64, not \(connections)") }
        guard queueWait > 0, queueWait <= 600 else { throw ValidationError("--queue-wait must be more than 0 and at most 600 seconds, not \(queueWait)") }
    }

    static func address(_ text: String) -> (host: String, port: Int)? {
        guard let colon = text.lastIndex(of: ":"), let port = Int(text[text.index(after: colon)...]), (0...65535).contains(port) else { return nil }
        let host = String(text[..<colon]).trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
        return host.isEmpty ? nil : (host, port)
    }

    func run() throws {
        let logger = common.makeLogger()
        let (host, port) = Self.address(listen)!
        let dashboard: Dashboard
        do {
            let registry = try TokenRegistry(path: tokens)
            dashboard = try Dashboard.prepare(
                conninfo: common.conninfo, connections: connections, queueWait: .milliseconds(Int((queueWait * 1000).rounded())), allowWrite: allowWrite, tokens: registry,
                secureCookie: secureCookie, logger: logger
            )
        } catch {
            throw ReadingCommand.exit(error)
        }
        let hangup = dashboard.tokens.reloadOnHangup(logger: logger)
        defer { hangup.cancel() }
        let application = dashboard.application(host: host, port: port) { actualPort in
            logger.info("serving", metadata: ["listen.address": "\(host):\(actualPort)", "db.connections": "\(connections)"])
            say("rfm-nightly serve: listening on http://\(host):\(actualPort)")
        }
        // The command tree is synchronous; the server runs on Swift concurrency's threads until
        // SIGTERM or SIGINT ends it gracefully (the application's service group handles both).
        let finished = DispatchSemaphore(value: 0)
        let failure = Failure()
        Task {
            do { try await application.runService() } catch { failure.set(error) }
            finished.signal()
        }
        finished.wait()
        if let error = failure.error { throw ReadingCommand.exit(error) }
    }

    /// The server's error, handed from its task to the waiting command.
    final class Failure: @unchecked Sendable {
        // Safe: written once by the server's task before `finished` is signalled, read after.
        var error: (any Error)?
        func set(_ error: any Error) { self.error = error }
    }
}
