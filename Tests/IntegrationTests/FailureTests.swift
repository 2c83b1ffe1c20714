import RFMCore
import Testing
@testable import RFMJob

/// What the job does when something is wrong: a write that fails half-way, a merchant's own
/// view with odd types and bad rows, a source that is missing, a schema not migrated.
@Suite(.enabled(if: TestDatabase.isAvailable)) struct FailureTests {
    @Test func aFailedWriteLeavesThePreviousResultsIntact() throws {
        try TestDatabase.with { database in
            let job = try JobHarness(database)
            try job.run("2026-03-01")
            let before = try job.current("m-alpha")
            let historyBefore = try job.count("SELECT count(*) FROM customer_ltv_history")
            // Fails while copying m-alpha's current state, after its history rows went out.
            try job.connection.executeScript("""
                CREATE FUNCTION boom() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF NEW.user_key = 'alice' THEN RAISE EXCEPTION 'disk on fire'; END IF;
                    RETURN NEW;
                END $$;
                CREATE TRIGGER boom BEFORE INSERT ON customer_ltv FOR EACH ROW EXECUTE FUNCTION boom();
                """)
            let outcomes = try job.run("2026-04-15")
            #expect(outcomes.map(\.succeeded) == [false, true, true])
            #expect(outcomes[0].failure?.message.contains("disk on fire") == true)
            #expect(try job.current("m-alpha") == before)
            #expect(try job.count("SELECT count(*) FROM customer_ltv_history WHERE merchant_id = 'm-alpha' AND snapshot_date = '2026-04-15'") == 0)
            #expect(try job.count("SELECT count(*) FROM customer_ltv_history") > historyBefore)  // the others wrote theirs
            #expect(try job.connection.execute(
                "SELECT status FROM rfm_runs WHERE merchant_id = 'm-alpha' AND as_of = '2026-04-15'"
            ).scalar == "failed")
            // the next run, with the fault gone, completes
            try job.connection.execute("DROP TRIGGER boom ON customer_ltv")
            #expect(try job.run("2026-04-15").allSatisfy { $0.succeeded })
            #expect(try job.differencesFromReference("m-alpha", asOf: "2026-04-15") == [])
        }
    }

    /// A merchant's own schema: other column names and types behind a view, and rows that
    /// break SPEC §1 in ways only a view can (a NULL key, fractions of a cent, infinity).
    @Test func readsAViewOverAMerchantsOwnTable() throws {
        try TestDatabase.with { database in
            let job = try JobHarness(database, fixture: nil)
            try job.connection.executeScript("""
                CREATE TABLE shop_orders (shop varchar(20), order_no bigint, customer varchar(40), mail text,
                                          placed_at timestamp, total numeric(12,3), cur char(3), type text);
                INSERT INTO shop_orders VALUES
                    ('s1', 1, 'ann', 'Ann@Shop.test', '2026-02-01 10:00', 10.500, 'EUR', 'purchase'),
                    ('s1', 2, 'ann', NULL,            '2026-02-03 10:00', 20.000, 'USD', 'purchase'),
                    ('s1', 3, 'ann', NULL,            '2026-02-04 10:00',  1.005, 'USD', 'purchase'),
                    ('s1', 4, NULL,  NULL,            '2026-02-05 10:00',  5.000, 'USD', 'purchase'),
                    ('s1', 5, 'ben', NULL,            'infinity',          5.000, 'USD', 'purchase'),
                    ('s1', 6, 'ben', NULL,            '2026-02-06 10:00',  7.250, 'GBP', 'purchase'),
                    ('s1', 7, 'ben', NULL,            '-infinity',         5.000, 'USD', 'purchase');
                CREATE VIEW rfm_source AS
                    SELECT shop AS merchant_id, order_no AS event_id, customer AS user_key, mail AS email,
                           placed_at AS occurred_at, total AS amount, cur AS currency, type AS kind
                    FROM shop_orders;
                """)
            let outcomes = try job.run("2026-03-01", source: "rfm_source")
            #expect(outcomes.map(\.merchant) == ["s1"])
            let quality = try #require(outcomes.first?.quality)
            // 'infinity' is never before the cutoff, so only '-infinity' reaches the job
            #expect(quality.skipped == [.fractionOfCent: 1, .nullField: 1, .infiniteTime: 1])
            let current = try job.current("s1")
            #expect(current["ann"]?["monetary"] == "29.66")   // 10.50 × 0.92 = 9.66, + 20.00
            #expect(current["ann"]?["frequency"] == "2")
            #expect(current["ben"]?["monetary"] == "8.56")    // 7.25 × 1.18 = 8.555 -> 8.56
            #expect(current["ann"]?["email_sha256"] == EmailHash(email: "ann@shop.test")?.description)
            // timestamps without a zone are read as UTC
            #expect(current["ann"]?["last_purchase_at"] == "2026-02-03 10:00:00+00")
        }
    }

    @Test func aMissingSourceIsNamed() throws {
        try TestDatabase.with { database in
            let job = try JobHarness(database, fixture: nil)
            let missing = try #require(throws: JobFailure.self) { try job.run("2026-03-01", source: "no_such_table") }
            #expect(missing.category == .missingInput)
            #expect(missing.message == "source relation \"no_such_table\" does not exist (set --source to a table or view)")

            try job.connection.execute("CREATE VIEW no_kind AS SELECT merchant_id, event_id, user_key, email, occurred_at, amount, currency FROM purchase_events")
            let noColumn = try #require(throws: JobFailure.self) { try job.run("2026-03-01", source: "no_kind") }
            #expect(noColumn.category == .missingInput)
            #expect(noColumn.message.contains("has no column kind"))

            try job.connection.execute("CREATE VIEW text_amount AS SELECT merchant_id, event_id, user_key, email, occurred_at, amount::text AS amount, currency, kind FROM purchase_events")
            let wrongType = try #require(throws: JobFailure.self) { try job.run("2026-03-01", source: "text_amount") }
            #expect(wrongType.message == "column amount of \"text_amount\" is text; it must be a number (numeric(14,2))")

            let badName = try #require(throws: JobFailure.self) { try job.run("2026-03-01", source: "a.b.c.d") }
            #expect(badName.category == .missingInput)
        }
    }

    @Test func anUnmigratedDatabaseIsAConfigurationError() throws {
        try TestDatabase.with(migrated: false) { database in
            let failure = try #require(throws: JobFailure.self) {
                try NightlyJob(conninfo: database.url, logger: .quiet).run(RunRequest(asOf: CivilDate(iso: "2026-03-01")!))
            }
            #expect(failure.category == .configuration)
            #expect(failure.message.contains("run `rfm-nightly migrate` first"))
        }
    }

    @Test func migrationsApplyOnceAndInOrder() throws {
        try TestDatabase.with(migrated: false) { database in
            let connection = try database.connect()
            let migrator = Migrator(connection: connection, logger: .quiet)
            #expect(try migrator.migrate() == Migration.all.map(\.version))
            #expect(try migrator.migrate() == [])
            #expect(try migrator.pending() == [])
            #expect(Migration.all.map(\.version) == Migration.all.map(\.version).sorted())
            #expect(try connection.execute("SELECT count(*) FROM fx_rates").scalar == "3")
        }
    }

    @Test func logsCarryRunMerchantAndPhaseButNoEmail() throws {
        try TestDatabase.with { database in
            let job = try JobHarness(database)
            let capture = LogCapture()
            try job.run("2026-03-01", merchants: ["m-alpha"], logger: capture.logger)
            let phases = capture.all.filter { $0.message == "phase done" }
            #expect(phases.compactMap { $0.metadata["phase"]?.description } == ["read", "score", "write"])
            // A batch's phases are the batch's; its merchants each have a line of their own (debug).
            let done = capture.all.filter { $0.message == "merchant done" }
            #expect(done.count == 1 && done.allSatisfy { $0.level == .debug && $0.metadata["merchant"]?.description == "m-alpha" && $0.metadata["run.id"] != nil })
            #expect(phases.allSatisfy { $0.level == .debug })
            let everything = capture.all.map { "\($0.message) \($0.metadata)" }.joined()
            #expect(!everything.lowercased().contains("example.com"))
        }
    }
}
