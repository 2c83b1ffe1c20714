import Testing
@testable import PostgresClient

/// Passwords taken out of libpq's connection errors, on the messages libpq really writes for
/// malformed strings (copied from its output), worked out by hand. No server needed.
@Suite struct ConninfoRedactionTests {
    @Test(arguments: [
        // The whole string echoed: shown with the password replaced, so the message still says where it broke.
        ("postgres://u:Sup3rS3cretPW@[::1",
         #"end of string reached when looking for matching "]" in IPv6 host address in URI: "postgres://u:Sup3rS3cretPW@[::1""#,
         #"end of string reached when looking for matching "]" in IPv6 host address in URI: "postgres://u:[redacted]@[::1""#),
        // A one-character piece is no password: the "x" stays, though the password has one.
        ("postgres://u:xSup3rPW@[::1]x/db",
         #"unexpected character "x" at position 33 in URI (expected ":" or "/"): "postgres://u:xSup3rPW@[::1]x/db""#,
         #"unexpected character "x" at position 33 in URI (expected ":" or "/"): "postgres://u:[redacted]@[::1]x/db""#),
        // The password as written, with the escape libpq could not read.
        ("postgres://u:Sup3r%zzS3cretPW@localhost/db",
         #"invalid percent-encoded token: "Sup3r%zzS3cretPW""#,
         #"invalid percent-encoded token: "[redacted]""#),
        // The password as libpq reads it: percent-decoded.
        ("postgres://u:Sup3r%21S3cretPW@localhost/db", "echo Sup3r!S3cretPW", "echo [redacted]"),
        // An unescaped / ends libpq's authority early: half the password is read as the port.
        ("postgres://u:Sup3r/S3cretPW@host/db",
         #"invalid integer value "Sup3r" for connection option "port""#,
         #"invalid integer value "[redacted]" for connection option "port""#),
        // ... and then the other half, percent-decoded, as part of the database name.
        ("postgres://u:pw/S3cr%65tPW@host/db",
         #"database "S3cretPW@host/db" does not exist"#,
         #"database "[redacted]@host/db" does not exist"#),
        // An unescaped @: libpq takes the rest of the password for the host; only that part goes.
        ("postgres://u:Sup3r@S3cretPW@nohost.invalid/db",
         #"could not translate host name "S3cretPW@nohost.invalid" to address: Name or service not known"#,
         #"could not translate host name "[redacted]@nohost.invalid" to address: Name or service not known"#),
        // Query parameters: an unescaped & splits the password into a parameter without "=".
        ("postgresql:///db?password=Sup3r&S3cretPW&port=1",
         #"missing key/value separator "=" in URI query parameter: "S3cretPW""#,
         #"missing key/value separator "=" in URI query parameter: "[redacted]""#),
        ("postgresql:///db?pass%77ord=Sup3r%20S3cretPW&port=x", "echo Sup3r S3cretPW and Sup3r%20S3cretPW", "echo [redacted] and [redacted]"),
        ("postgresql:///db?sslpassword=Sup3rS3cretPW", "echo Sup3rS3cretPW", "echo [redacted]"),
        // Keyword/value: a blank in an unquoted password makes libpq read its tail as a keyword.
        ("host=x password=Sup3r S3cretPW port=abc",
         #"missing "=" after "S3cretPW" in connection info string"#,
         #"missing "=" after "[redacted]" in connection info string"#),
        // Quoted, with an escaped quote: the value as written and as read.
        (#"host=x password = 'Sup3r S3cret\'PW' port=abc"#, #"echo 'Sup3r S3cret\'PW' and Sup3r S3cret'PW"#, "echo [redacted] and [redacted]"),
        // What does not come from a password stays.
        ("host=x password=Sup3rS3cretPW port=abc",
         #"invalid integer value "abc" for connection option "port""#,
         #"invalid integer value "abc" for connection option "port""#),
        ("postgres://u:Sup3rS3cretPW@/db?host=/nonexistent",
         #"connection to server on socket "/nonexistent/.s.PGSQL.5432" failed: No such file or directory"#,
         #"connection to server on socket "/nonexistent/.s.PGSQL.5432" failed: No such file or directory"#),
        // Without a password nothing changes, even the string echoed whole.
        ("postgresql://rfm@[::1", #"in URI: "postgresql://rfm@[::1""#, #"in URI: "postgresql://rfm@[::1""#),
    ])
    func takesThePasswordOut(conninfo: String, message: String, redacted: String) {
        #expect(ConninfoRedaction.redact(message, conninfo: conninfo) == redacted)
    }

    @Test func findsPasswordsWhereLibpqCannotParse() {
        #expect(Connection.conninfoHasPassword("postgres://u:Sup3rS3cretPW@[::1"))
        #expect(Connection.conninfoHasPassword("host=x password=Sup3rS3cretPW port='abc"))
        #expect(!Connection.conninfoHasPassword("postgres://u@[::1"))
        #expect(!Connection.conninfoHasPassword("host=x port='abc"))
    }

    @Test func theSecretsAreWhereTheScanSaysTheyAre() {
        func secrets(_ conninfo: String) -> [String] {
            let bytes = Array(conninfo.utf8)
            return ConninfoSecrets(bytes).spans.map { String(decoding: bytes[$0], as: UTF8.self) }
        }
        #expect(secrets("postgres://u:a@b/c@h/db") == ["a@b/c"])    // the last @
        #expect(secrets("postgres://u@h:5432/db") == [])             // a port is no password
        #expect(secrets("postgres://u:a?b@h/db?password=c?d&e&port=1") == ["a?b", "c?d&e"])
        #expect(secrets("password=a b  dbname = x sslpassword='c d'") == ["a b", "'c d'"])
        #expect(secrets("postgresql://h/db?application_name=password=x") == [])
        #expect(secrets("service=rfm") == [])
    }
}
