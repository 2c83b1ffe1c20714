import Testing
@testable import PostgresClient

/// The libpq shim against a real server: binary formats, errors, COPY in both directions.
@Suite(.enabled(if: TestDatabase.isAvailable)) struct PostgresClientTests {
    /// Server-rendered numerics decoded from binary COPY, against values read off by hand.
    @Test func decodesBinaryNumericsExactly() throws {
        try TestDatabase.with(migrated: false) { database in
            let connection = try database.connect()
            let cases: [(String, PostgresNumeric.Cents)] = [
                ("0", .cents(0)), ("0.01", .cents(1)), ("0.10", .cents(10)), ("1.5", .cents(150)),
                ("-12.34", .cents(-1234)), ("10000", .cents(1_000_000)), ("100000000", .cents(10_000_000_000)),
                ("123456789012.99", .cents(12_345_678_901_299)), ("12.3400", .cents(1234)),
                ("0.001", .fractionOfCent), ("12.345", .fractionOfCent), ("1e-30", .fractionOfCent),
                ("NaN", .notANumber), ("Infinity", .infinite), ("1e20", .outOfRange),
                ("92233720368547758.07", .cents(Int64.max)), ("92233720368547758.08", .outOfRange),
            ]
            let values = cases.map { "('\($0.0)'::numeric)" }.joined(separator: ", ")
            var decoded: [PostgresNumeric.Cents] = []
            var decoder = BinaryCopyDecoder()
            try connection.copyOut("COPY (SELECT v FROM (VALUES \(values)) AS t(v)) TO STDOUT (FORMAT binary)") { message in
                try decoder.decode(message) { fields in
                    decoded.append(try PostgresNumeric.cents(fromField: try #require(try fields.next())))
                }
            }
            #expect(decoded == cases.map(\.1))
            #expect(decoder.finished)
        }
    }

    @Test func encodesRowsTheServerReadsBack() throws {
        try TestDatabase.with(migrated: false) { database in
            let connection = try database.connect()
            try connection.execute("SET TimeZone = 'UTC'")
            try connection.execute("CREATE TABLE t (n numeric(20,2), s text, d date, ts timestamptz, i smallint, b bigint)")
            let cents: [Int64] = [0, 1, -1, 99, 100, 10_000, 12_345, 100_000_000, -987_654_321, 1_000_000_000_000_000, Int64.max]
            let stored = try connection.copyIn("COPY t FROM STDIN (FORMAT binary)") { sink in
                var encoder = BinaryCopyEncoder()
                for (index, value) in cents.enumerated() {
                    encoder.startRow(fieldCount: 6)
                    encoder.appendNumeric(cents: value)
                    if index == 0 { encoder.appendNull() } else { encoder.appendText("tab\there\nnewline \\ é ✓ \(index)") }
                    encoder.appendDate(unixDay: 20_781 + Int64(index))                    // 2026-11-24 + index
                    encoder.appendTimestamp(unixMicroseconds: 1_795_478_400_000_000 + 1)  // 2026-11-24 00:00:00.000001
                    encoder.appendInt16(Int16(index))
                    encoder.appendInt64(-Int64(index))
                    if encoder.count > 64 { try sink.send(&encoder) }  // several pieces
                }
                encoder.finish()
                try sink.send(&encoder)
            }
            #expect(stored == cents.count)
            let rows = try connection.execute("SELECT n::text, s, d::text, ts::text, i::text, b::text FROM t ORDER BY t.i").rows
            #expect(rows.map { $0[0] } == ["0.00", "0.01", "-0.01", "0.99", "1.00", "100.00", "123.45", "1000000.00",
                                          "-9876543.21", "10000000000000.00", "92233720368547758.07"])
            #expect(rows[0][1] == nil)
            #expect(rows[3][1] == "tab\there\nnewline \\ é ✓ 3")
            #expect(rows[0][2] == "2026-11-24")
            #expect(rows[10][2] == "2026-12-04")
            #expect(rows[0][3] == "2026-11-24 00:00:00.000001+00")
            #expect(rows[10][5] == "-10")
        }
    }

    @Test func errorsKeepTheirSQLStateAndConnectionsStayUsable() throws {
        try TestDatabase.with(migrated: false) { database in
            let connection = try database.connect()
            let error = try #require(throws: PostgresError.self) { try connection.execute("SELECT * FROM no_such_table") }
            #expect(error.sqlState == .undefinedTable)
            #expect(error.description.contains("no_such_table"))
            #expect(try connection.execute("SELECT $1::int + 1", ["41"]).scalar == "42")
            #expect(try connection.execute("SELECT NULL::text, ''::text").rows == [[nil, ""]])
            #expect(throws: PostgresError.self) { try connection.execute("SELECT $1", ["nul\u{0}inside"]) }
        }
    }

    /// A prepared statement is prepared once per connection, gives what `execute` gives, follows
    /// DDL on the tables it reads, and a failed prepare leaves nothing half-recorded.
    @Test func preparedStatementsArePreparedOnceAndFollowDDL() throws {
        try TestDatabase.with(migrated: false) { database in
            let connection = try database.connect()
            try connection.execute("CREATE TABLE t (k text PRIMARY KEY, v int)")
            try connection.execute("INSERT INTO t VALUES ('a', 1), ('b', 2)")
            let sql = "SELECT v::text FROM t WHERE k = $1"
            for (key, value) in [("a", "1"), ("b", "2"), ("a", "1"), ("c", nil)] {
                #expect(try connection.executePrepared(sql, [key]).rows.first?[0] == value)
                #expect(try connection.executePrepared(sql, [key]).rows == (try connection.execute(sql, [key]).rows))
            }
            let count = "SELECT count(*)::text FROM pg_prepared_statements"
            #expect(try connection.execute(count).scalar == "1")
            // The table replaced under the plan: the next execution plans anew.
            try connection.execute("DROP TABLE t")
            try connection.execute("CREATE TABLE t (k text PRIMARY KEY, v int)")
            try connection.execute("INSERT INTO t VALUES ('a', 10)")
            #expect(try connection.executePrepared(sql, ["a"]).scalar == "10")
            // A statement the server refuses is not recorded, and works once it can.
            let later = "SELECT count(*)::text FROM later"
            #expect(throws: PostgresError.self) { try connection.executePrepared(later) }
            try connection.execute("CREATE TABLE later ()")
            #expect(try connection.executePrepared(later).scalar == "0")
            #expect(try connection.execute(count).scalar == "2")
        }
    }

    struct Stop: Error {}

    @Test func aFailingConsumerCancelsCopyOutCleanly() throws {
        try TestDatabase.with(migrated: false) { database in
            let connection = try database.connect()
            var seen = 0
            #expect(throws: Stop.self) {
                try connection.copyOut("COPY (SELECT g FROM generate_series(1, 1000000) g) TO STDOUT") { _ in
                    seen += 1
                    if seen == 10 { throw Stop() }
                }
            }
            #expect(seen == 10)
            #expect(try connection.execute("SELECT 1").scalar == "1")
        }
    }

    @Test func aFailingProducerStoresNothing() throws {
        try TestDatabase.with(migrated: false) { database in
            let connection = try database.connect()
            try connection.execute("CREATE TABLE t (i int)")
            #expect(throws: Stop.self) {
                try connection.copyIn("COPY t FROM STDIN") { sink in
                    try Array("1\n2\n".utf8).withUnsafeBytes { try sink.send($0) }
                    throw Stop()
                }
            }
            #expect(try connection.execute("SELECT count(*) FROM t").scalar == "0")
        }
    }

    @Test func aServerThatIsNotThereIsAConnectionError() {
        let error = #expect(throws: PostgresError.self) {
            try Connection(conninfo: "postgresql://nobody@/nowhere?host=/nonexistent-socket-dir&connect_timeout=2")
        }
        #expect(error?.kind == .connection)
        #expect(error?.description.contains("\n") == false)
    }

    @Test func findsPasswordsInConninfo() {
        #expect(Connection.conninfoHasPassword("postgresql://rfm:s3cret@db/shop"))
        #expect(Connection.conninfoHasPassword("host=db password=s3cret dbname=shop"))
        #expect(!Connection.conninfoHasPassword("postgresql://rfm@db/shop"))
        #expect(!Connection.conninfoHasPassword("service=rfm"))
        #expect(!Connection.conninfoHasPassword("this is not a conninfo"))
    }

    @Test func quotesLiteralsAndIdentifiers() throws {
        try TestDatabase.with(migrated: false) { database in
            let connection = try database.connect()
            let tricky = "it's a \\ \"test\""
            #expect(try connection.execute("SELECT \(try connection.quoteLiteral(tricky))").scalar == tricky)
            try connection.execute("CREATE TABLE \(try connection.quoteIdentifier("Odd \"name\"")) (x int)")
            #expect(try connection.execute("SELECT to_regclass($1) IS NOT NULL", ["\"Odd \"\"name\"\"\""]).scalar == "t")
        }
    }
}
