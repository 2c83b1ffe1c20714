import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Testing

/// `rfm-nightly serve` as an operator runs it: a tokens file, a page fetched with a token, the
/// file edited and SIGHUP sent, the new token let in and the old one turned away; a bad file
/// refused at start with 78.
@Suite(.enabled(if: TestDatabase.isAvailable)) struct ServeTests {
    /// The HTTP status curl got for `path` with the token.
    static func status(_ port: Int, _ path: String, token: String) throws -> String {
        let curl = Process()
        curl.executableURL = URL(fileURLWithPath: "/usr/bin/curl")
        curl.arguments = ["-s", "-o", "/dev/null", "-w", "%{http_code}", "-H", "Authorization: Bearer \(token)", "http://127.0.0.1:\(port)\(path)"]
        let output = Pipe()
        curl.standardOutput = output
        try curl.run()
        curl.waitUntilExit()
        return String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/curl"), "needs curl"))
    func aReloadedTokensFileTakesEffectOnSIGHUP() throws {
        try TestDatabase.with { database in
            let job = try JobHarness(database)
            try job.run("2026-03-01", merchants: ["m-alpha"])
            let directory = FileManager.default.temporaryDirectory.appending(path: "serve-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: directory) }
            let tokens = directory.appending(path: "tokens"), stdout = directory.appending(path: "stdout")
            try "old-token-000000000001 m-alpha\n".write(to: tokens, atomically: true, encoding: .utf8)
            FileManager.default.createFile(atPath: stdout.path, contents: nil)
            let server = try BackgroundRun(
                ["serve", "--listen", "127.0.0.1:0", "--tokens", tokens.path, "--allow-write", "--connections", "2"],
                environment: ["DATABASE_URL": database.url], standardOutput: try FileHandle(forWritingTo: stdout)
            )
            defer { server.kill() }
            // The port it picked, from its "listening on" line.
            var port: Int?
            for _ in 0..<600 where port == nil {
                let text = (try? String(contentsOf: stdout, encoding: .utf8)) ?? ""
                port = text.firstMatch(of: /listening on http:\/\/127\.0\.0\.1:(\d+)/).flatMap { Int($0.1) }
                if port == nil { usleep(50_000) }
            }
            let listening = try #require(port, "serve did not start listening")
            #expect(try Self.status(listening, "/insights/ltv?merchant=m-alpha", token: "old-token-000000000001") == "200")
            #expect(try Self.status(listening, "/insights/ltv?merchant=m-alpha", token: "new-token-000000000002") == "401")

            try "# rotated\nnew-token-000000000002 m-alpha\n".write(to: tokens, atomically: true, encoding: .utf8)
            _ = Glibc.kill(server.pid, SIGHUP)
            var reloaded = false
            for _ in 0..<100 where !reloaded {
                reloaded = try Self.status(listening, "/api/merchants/m-alpha/report", token: "new-token-000000000002") == "200"
                if !reloaded { usleep(50_000) }
            }
            #expect(reloaded)
            #expect(try Self.status(listening, "/api/merchants/m-alpha/report", token: "old-token-000000000001") == "401")
            #expect(Glibc.kill(server.pid, 0) == 0, "SIGHUP must not end the server")
        }
    }

    @Test func aBadTokensFileExits78NamingTheLine() throws {
        let file = FileManager.default.temporaryDirectory.appending(path: "tokens-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: file) }
        try "good-token-0000000001 m-a\nlonely-token-00000002\n".write(to: file, atomically: true, encoding: .utf8)
        let result = try BinaryRunner.run(["serve", "--tokens", file.path], environment: ["DATABASE_URL": TestDatabase.adminURL!])
        #expect(result.status == 78)
        #expect(result.messages == ["rfm-nightly: tokens file \(file.path) line 2: a token needs the merchants it may see after it (TOKEN merchant-a,merchant-b or TOKEN *)"])
        let missing = try BinaryRunner.run(["serve", "--tokens", file.path + ".missing"], environment: ["DATABASE_URL": TestDatabase.adminURL!])
        #expect(missing.status == 78)
    }
}
