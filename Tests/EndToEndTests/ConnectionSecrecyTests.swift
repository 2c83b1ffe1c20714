import Testing

/// The built binary, given connection strings libpq cannot use, never prints their password:
/// every command that connects, with the string in DATABASE_URL and on the command line.
/// No server needed: each string fails before a connection is tried.
@Suite struct ConnectionSecrecyTests {
    /// Every subcommand of RFMNightly.swift that opens a connection, with what it needs to get there.
    static let commands: [[String]] = [
        ["run"], ["backfill", "--from", "2026-01-01", "--to", "2026-01-02"], ["report"], ["export", "--merchant", "m"],
        ["customer", "u", "--merchant", "m"], ["changes", "--merchant", "m", "--since", "2026-01-01"], ["runs"],
        ["fit", "--merchant", "m", "--as-of", "2026-03-01"],
        ["backtest", "--merchant", "m", "--calibration-end", "2025-01-01", "--holdout-days", "30"],
        ["migrate"], ["prune", "--keep-days", "30"], ["fx", "list"], ["fx", "set", "EUR", "0.92"], ["withdraw", "--as-of", "2026-01-01"],
    ]

    /// The password's halves: a malformed string can make libpq quote either one alone.
    static let pieces = ["Sup3r", "S3cretPW"]

    /// Connection strings holding the password Sup3r…S3cretPW, and what the message must still say.
    static let strings: [(conninfo: String, problem: String)] = [
        ("postgres://u:Sup3rS3cretPW@[::1", #"end of string reached when looking for matching "]" in IPv6 host address in URI: "postgres://u:[redacted]@[::1""#),
        ("postgres://u:Sup3rS3cretPW@[::1]x/db", #"unexpected character "x" at position 33 in URI (expected ":" or "/"): "postgres://u:[redacted]@[::1]x/db""#),
        ("postgres://u:Sup3r%zzS3cretPW@localhost/db", #"invalid percent-encoded token: "[redacted]""#),
        ("postgres://u:Sup3r/S3cretPW@localhost/db", #"invalid integer value "[redacted]" for connection option "port""#),
        ("host=x password=Sup3rS3cretPW port=abc", #"invalid integer value "abc" for connection option "port""#),
        ("host=x password=Sup3r S3cretPW port=abc", #"missing "=" after "[redacted]" in connection info string"#),
        ("postgresql:///db?password=Sup3rS3cretPW&port=x", #"invalid integer value "x" for connection option "port""#),
        ("postgresql:///db?password=Sup3r&S3cretPW&port=1", #"missing key/value separator "=" in URI query parameter: "[redacted]""#),
    ]

    @Test(arguments: strings)
    func noCommandPrintsThePassword(conninfo: String, problem: String) throws {
        for command in Self.commands {
            for (place, arguments, environment) in [
                ("DATABASE_URL", command, ["DATABASE_URL": conninfo]),
                ("--database-url", command + ["--database-url", conninfo], [:]),
            ] {
                let result = try BinaryRunner.run(arguments, environment: environment)
                let context = "\(command.joined(separator: " ")) with \(place) \(conninfo)"
                #expect(result.status == 69, "\(context): \(result.stderr)")
                for piece in Self.pieces {
                    #expect(!result.stderr.contains(piece), "\(context): \(result.stderr)")
                    #expect(!result.stdout.contains(piece), "\(context): \(result.stdout)")
                }
                #expect(result.messages == ["rfm-nightly: cannot connect to PostgreSQL: \(problem)"], "\(context)")
            }
        }
    }
}
