import Foundation
import RFMConfig
import RFMCore
import Testing

/// `config check`, `run --config`, `runs` and `fx`, through the built binary: output and exit codes.
@Suite struct ConfigurationCommandTests {
    /// Writes `text` to a new temporary file, hands its path to `body`, then removes it.
    static func withFile<T>(_ text: String, _ body: (String) throws -> T) throws -> T {
        let directory = FileManager.default.temporaryDirectory.appending(path: "rfm-config-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let url = directory.appending(path: "rfm.yaml")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return try body(url.path)
    }

    static var exampleFile: String {
        TestPaths.repository.appending(path: "docs/rfm-nightly.example.yaml").path
    }

    @Test func configCheckPrintsTheEffectiveSettings() throws {
        try Self.withFile("defaults:\n  window_days: 90\nmerchants:\n  m1: {scheme: classic}\n") { path in
            let result = try BinaryRunner.run(["config", "check", path, "--horizon-days", "730"])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stderr.isEmpty)
            #expect(result.stdout.hasPrefix("\(path): valid · 1 merchant configured · 0 user-defined schemes\n\ndefaults (every merchant not listed below)\n"))
            #expect(result.stdout.contains("\nmerchant m1\n"))
            #expect(result.stdout.contains("  window days         90                          (defaults, line 2)\n"))
            #expect(result.stdout.contains("  horizon days        730                         (--horizon-days)\n"))
            #expect(result.stdout.contains("  scheme              classic                     (merchant, line 4)\n"))
            #expect(result.stdout.contains("scheme classic (built-in): first matching rule wins\n"))

            let example = try BinaryRunner.run(["config", "check", Self.exampleFile])
            #expect(example.status == 0, "\(example.stderr)")
            #expect(example.stdout.contains("valid · 2 merchants configured · 1 user-defined scheme"))
            // --config works as well as the argument; no file at all checks the built-in settings.
            #expect(try BinaryRunner.run(["config", "check", "--config", Self.exampleFile]).stdout == example.stdout)
            let builtIn = try BinaryRunner.run(["config", "check"])
            #expect(builtIn.status == 0)
            #expect(builtIn.stdout.hasPrefix("built-in: valid · 0 merchants configured · 0 user-defined schemes\n"))
        }
    }

    @Test(arguments: [
        ("defaults:\n  window_days: 0\n", ":2: defaults.window_days: must be a whole number from 1 to 3650, not 0"),
        ("defaults:\n  windows_days: 30\n", ":2: defaults.windows_days: unknown key (did you mean window_days?); allowed here: "
            + "source, window_days, horizon_days, weights, scheme, purchase_kinds, refund_kinds, exclude_user_keys, exclusion_table, fx_rates, ltv_model, discount_rate"),
        ("defaults:\n  weights: {recency: 0.5, frequency: 0.5, monetary: 0.25}\n", ":2: defaults.weights: must sum to exactly 1, but they sum to 1.25"),
        ("schemes:\n  gappy:\n    rules: [{segment: top, recency: 5}]\n",
         ":2: schemes.gappy: no rule matches R1 F1 M1 (and 99 other combinations) with the default weights (0.35/0.4/0.25); add rules or a fallback segment"),
        ("defaults: [\n", ":2: YAML syntax: did not find expected node content (while parsing a flow node at line 2)"),
    ])
    func aBadFileIsOneLineAndExit78(yaml: String, message: String) throws {
        try Self.withFile(yaml) { path in
            let check = try BinaryRunner.run(["config", "check", path])
            #expect(check.status == 78)
            #expect(check.stdout.isEmpty)
            #expect(check.messages == ["rfm-nightly: \(path)\(message)"])
            // `run` refuses the same file the same way, before it connects to anything.
            let run = try BinaryRunner.run(["run", "--config", path, "--database-url", "postgresql://nobody@/nowhere?host=/nonexistent"])
            #expect(run.status == 78)
            #expect(run.messages == ["rfm-nightly: \(path)\(message)"])
        }
    }

    @Test func aMissingFileExits78() throws {
        let result = try BinaryRunner.run(["run", "--config", "/nonexistent/rfm.yaml"])
        #expect(result.status == 78)
        #expect(result.messages.count == 1)
        #expect(result.messages.first?.hasPrefix("rfm-nightly: /nonexistent/rfm.yaml: cannot read the configuration file") == true)
    }

    @Test(arguments: [
        (["run", "--window-days", "0"], "--window-days must be from 1 to 3650, not 0"),
        (["run", "--horizon-days", "36501"], "--horizon-days must be from 1 to 36500, not 36501"),
        (["run", "--window-days", "ninety"], "ninety"),
        (["config", "check", "--scheme", "nope"], "unknown scheme 'nope': choose tracklayer, classic, lifecycle"),
        (["fx", "set", "eur", "0.9"], "currency 'eur' is not an ISO 4217 code (three capital letters, e.g. EUR)"),
        (["fx", "set", "EUR", "0.1234567"], "rate '0.1234567' must be a positive decimal below 1000000 with at most 6 places, e.g. 0.92"),
        (["fx", "set", "EUR", "0"], "rate '0' must be a positive decimal below 1000000 with at most 6 places, e.g. 0.92"),
        (["runs", "--limit", "0"], "--limit must be at least 1"),
    ])
    func badOptionsExit64(arguments: [String], mentioned: String) throws {
        let result = try BinaryRunner.run(arguments)
        #expect(result.status == 64)
        #expect(result.stderr.contains(mentioned))
    }

    @Test func aSchemeDefinedInTheFileCanBeChosenOnTheCommandLine() throws {
        try Self.withFile("schemes:\n  two:\n    rules: [{segment: top, recency: 4-5}, {segment: rest}]\n") { path in
            let result = try BinaryRunner.run(["config", "check", path, "--scheme", "two"])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.contains("  scheme              two                         (--scheme)\n"))
        }
    }
}

/// The same commands against a database.
@Suite(.enabled(if: TestDatabase.isAvailable)) struct ConfigurationDatabaseCommandTests {
    @Test func runWithAConfigThenListTheRuns() throws {
        try TestDatabase.with { database in
            try database.load(.fixture("events"))
            try ConfigurationCommandTests.withFile("""
                defaults:
                  exclude_user_keys: ["gen-*"]
                merchants:
                  m-beta: {scheme: lifecycle}
                """) { path in
                let first = try BinaryRunner.run(["run", "--as-of", "2026-03-01", "--config", path, "--summary", "merchants", "--database-url", database.url])
                #expect(first.status == 0, "\(first.stderr)")
                let beta = try #require(first.stdout.components(separatedBy: "\n\n").first { $0.contains("merchant m-beta") })
                #expect(beta.contains("merchant m-beta · as of 2026-03-01 · scheme lifecycle · run "))
                #expect(beta.contains("  segments            champions 0 · regulars 3 · promising 0 · needs_attention 1 · at_risk 0\n"))
                let alpha = try #require(first.stdout.components(separatedBy: "\n\n").first { $0.contains("merchant m-alpha") })
                #expect(alpha.contains(" · 1,097 excluded (300 customers) · 1 after the cutoff, ignored\n"))

                let second = try BinaryRunner.run([
                    "run", "--as-of", "2026-03-01", "--config", path, "--window-days", "30", "--merchant", "m-beta", "--summary", "merchants",
                    "--database-url", database.url,
                ])
                #expect(second.status == 0, "\(second.stderr)")
                let connection = try database.connect()
                let hashes = try connection.execute("SELECT merchant_id, settings_hash FROM rfm_runs ORDER BY id").rows
                #expect(hashes.count == 4)
                let secondHash = try #require(hashes[3][1])
                #expect(second.stdout.contains("  settings            \(secondHash.prefix(12)) · window 30 d · horizon 365 d · weights 0.35/0.4/0.25\n"))

                let runs = try BinaryRunner.run(["runs", "--database-url", database.url])
                #expect(runs.status == 0, "\(runs.stderr)")
                let lines = runs.stdout.split(separator: "\n").map(String.init)
                #expect(lines.count == 5)
                #expect(lines[0] == "run  merchant  as of       mode  status         settings      customers  rows read  skipped  excluded  duration  process")
                #expect(lines[1].hasPrefix("  4  m-beta    2026-03-01  run   succeeded      \(secondHash.prefix(12))  "))
                #expect(lines[3].hasPrefix("  2  m-beta    2026-03-01  run   replaced by 4  \(hashes[1][1]!.prefix(12))          4          5        0         0  "))
                #expect(lines[4].hasPrefix("  1  m-alpha   2026-03-01  run   succeeded      \(hashes[0][1]!.prefix(12))  "))
                // duration, then the process that ran it (host:pid)
                #expect(lines[4].range(of: #" s  \S+:[0-9]+$"#, options: .regularExpression) != nil, "\(lines[4])")

                let onlyBeta = try BinaryRunner.run(["runs", "--merchant", "m-beta", "--limit", "1", "--database-url", database.url])
                #expect(onlyBeta.stdout.split(separator: "\n").count == 2)
                #expect(onlyBeta.stdout.contains("  4  m-beta"))
                let nobody = try BinaryRunner.run(["runs", "--merchant", "m-nobody", "--database-url", database.url])
                #expect(nobody.status == 0 && nobody.stdout == "no runs recorded for merchant m-nobody\n")
            }
        }
    }

    @Test func fxListAndSet() throws {
        try TestDatabase.with { database in
            let list = try BinaryRunner.run(["fx", "list", "--database-url", database.url])
            #expect(list.status == 0, "\(list.stderr)")
            #expect(list.stdout == "currency  usd_rate\nEUR       0.920000\nGBP       1.180000\nUSD       1.000000\n")

            let change = try BinaryRunner.run(["fx", "set", "EUR", "0.95", "--database-url", database.url])
            #expect(change.status == 0, "\(change.stderr)")
            #expect(change.stdout == "EUR 0.920000 -> 0.950000\n")
            let added = try BinaryRunner.run(["fx", "set", "CAD", "0.731", "--database-url", database.url])
            #expect(added.stdout == "CAD (none) -> 0.731000\n")
            #expect(try BinaryRunner.run(["fx", "list", "--database-url", database.url]).stdout
                == "currency  usd_rate\nCAD       0.731000\nEUR       0.950000\nGBP       1.180000\nUSD       1.000000\n")

            // A run after the change converts with, and records, the new rate.
            try database.load(.fixture("events"))
            let run = try BinaryRunner.run(["run", "--as-of", "2026-03-01", "--merchant", "m-gamma", "--database-url", database.url])
            #expect(run.status == 0, "\(run.stderr)")
            #expect(!run.stdout.contains("warnings"))        // CAD has a rate now
            #expect(try database.connect().execute("SELECT settings->'fx_rates'->>'CAD' FROM rfm_runs").scalar == "0.731000")
        }
    }

    @Test func runsAndFxNeedAMigratedSchema() throws {
        try TestDatabase.with(migrated: false) { database in
            for arguments in [["runs"], ["fx", "list"], ["fx", "set", "EUR", "0.9"]] {
                let result = try BinaryRunner.run(arguments + ["--database-url", database.url])
                #expect(result.status == 78, "\(arguments)")
                #expect(result.messages.first?.contains("run `rfm-nightly migrate` first") == true)
            }
        }
    }
}
