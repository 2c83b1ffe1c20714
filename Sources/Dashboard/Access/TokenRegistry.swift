import Crypto
import Foundation
import Logging
import Synchronization

/// The tokens the server accepts, re-read from their file on SIGHUP. Holds SHA-256 digests, not
/// the tokens, and compares a presented token's digest against every entry in constant time:
/// how long a check takes says nothing about how much of a token was right.
public final class TokenRegistry: Sendable {
    struct Entry: Sendable {
        var digest: [UInt8]
        var grant: MerchantGrant
    }

    public let path: String
    let entries: Mutex<[Entry]>

    /// Reads the file; a malformed one throws (the configuration failure, 78 at start).
    public init(path: String) throws {
        self.path = path
        entries = Mutex(Self.digested(try TokenFile.load(path: path)))
    }

    /// For tests: tokens given directly.
    public init(entries: [TokenFile.Entry], path: String = "(memory)") {
        self.path = path
        self.entries = Mutex(Self.digested(entries))
    }

    static func digested(_ entries: [TokenFile.Entry]) -> [Entry] {
        entries.map { Entry(digest: Self.digest($0.token), grant: $0.grant) }
    }

    static func digest(_ token: String) -> [UInt8] { Array(SHA256.hash(data: Data(token.utf8))) }

    public var count: Int { entries.withLock { $0.count } }

    /// The presented token's grant, or nil when no entry matches.
    public func grant(for token: String) -> MerchantGrant? {
        let presented = Self.digest(token)
        var found: MerchantGrant?
        for entry in entries.withLock({ $0 }) {
            // Every byte of every entry is looked at, match or not.
            var difference: UInt8 = 0
            for (a, b) in zip(entry.digest, presented) { difference |= a ^ b }
            if difference == 0 { found = entry.grant }
        }
        return found
    }

    /// Re-reads the file. A bad file keeps the tokens in force and logs why; returns whether
    /// the new tokens were taken.
    @discardableResult
    public func reload(logger: Logger) -> Bool {
        do {
            let fresh = Self.digested(try TokenFile.load(path: path))
            entries.withLock { $0 = fresh }
            logger.info("tokens reloaded", metadata: ["tokens.file": "\(path)", "tokens.count": "\(fresh.count)"])
            return true
        } catch {
            logger.error("tokens not reloaded, the previous ones stay in force", metadata: [
                "tokens.file": "\(path)", "error": "\(error)",
            ])
            return false
        }
    }

    /// Reloads on every SIGHUP, for as long as the returned source is kept.
    public func reloadOnHangup(logger: Logger) -> any DispatchSourceSignal {
        signal(SIGHUP, SIG_IGN)  // the dispatch source, not the default action (exit), handles it
        let source = DispatchSource.makeSignalSource(signal: SIGHUP, queue: DispatchQueue(label: "rfm-nightly.tokens"))
        source.setEventHandler { [self] in reload(logger: logger) }
        source.resume()
        return source
    }
}
