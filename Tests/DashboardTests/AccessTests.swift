import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import Dashboard
@testable import RFMJob

/// Who may see what: 401 without a valid token, 403 outside its merchants (the same answer
/// whether the merchant exists), the login cookie, the tokens file.
@Suite(.enabled(if: TestDatabase.isAvailable)) struct AccessTests {
    @Test func withoutAValidTokenEveryRouteIs401WithABearerChallenge() async throws {
        try await TestDatabase.withAsync { database in
            let harness = try DashboardHarness(database)
            try await harness.application().test(.router) { client in
                let routes = [
                    "/insights/ltv", "/insights/ltv?merchant=m-alpha", "/insights/ltv/alice?merchant=m-alpha", "/api/merchants",
                    "/api/merchants/m-alpha/report", "/api/merchants/m-alpha/customers", "/api/merchants/m-alpha/customers.csv",
                    "/api/merchants/m-alpha/customers/alice",
                ]
                for route in routes {
                    for token in [nil, "not-a-token-at-all-000", DashboardHarness.everyToken + "x"] {
                        let response = try await DashboardHarness.get(client, route, token: token)
                        #expect(response.status == .unauthorized, "\(route)")
                        #expect(response.headers[.wwwAuthenticate]?.hasPrefix("Bearer") == true, "\(route)")
                        #expect(!String(buffer: response.body).contains("alice"))
                    }
                }
                // The health check needs none.
                #expect(try await DashboardHarness.get(client, "/healthz", token: nil).status == .ok)
            }
        }
    }

    @Test func aMerchantOutsideTheTokenIs403AndSaysNothingOfWhetherItExists() async throws {
        try await TestDatabase.withAsync { database in
            let harness = try DashboardHarness(database)
            try await harness.application().test(.router) { client in
                var bodies: Set<String> = []
                for merchant in ["m-beta", "no-such-merchant"] {
                    for route in ["/api/merchants/\(merchant)/report", "/api/merchants/\(merchant)/customers", "/api/merchants/\(merchant)/customers/bob"] {
                        let response = try await DashboardHarness.get(client, route, token: DashboardHarness.alphaToken)
                        #expect(response.status == .forbidden, "\(route)")
                        bodies.insert(String(buffer: response.body))
                    }
                    let page = try await DashboardHarness.get(client, "/insights/ltv?merchant=\(merchant)", token: DashboardHarness.alphaToken)
                    #expect(page.status == .forbidden)
                }
                #expect(bodies.count == 1)
                // A token for every merchant learns that one has no scores: it may see them all anyway.
                let missing = try await DashboardHarness.get(client, "/api/merchants/no-such-merchant/report")
                #expect(missing.status == .notFound)
                #expect(!String(buffer: missing.body).contains("m-alpha"))
                // The merchant's own token gets its data.
                #expect(try await DashboardHarness.get(client, "/api/merchants/m-beta/report", token: DashboardHarness.betaToken).status == .ok)
                // The listing shows a token its merchants only; one merchant's picker goes straight to it.
                let listed = try DashboardHarness.json(try await DashboardHarness.get(client, "/api/merchants", token: DashboardHarness.alphaToken))
                #expect((listed["merchants"] as! [[String: Any]]).map { $0["merchant"] as! String } == [DashboardHarness.hostileMerchant, "m-alpha"].sorted())
                let picker = try await DashboardHarness.get(client, "/insights/ltv", token: DashboardHarness.betaToken)
                #expect(picker.status == .seeOther)
                #expect(picker.headers[.location] == "/insights/ltv?merchant=m-beta")
            }
        }
    }

    @Test func theLoginFormSetsAStrictHttpOnlyCookieThatTheServerAccepts() async throws {
        try await TestDatabase.withAsync { database in
            let harness = try DashboardHarness(database)
            try await harness.application().test(.router) { client in
                let form: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]
                let wrong = try await client.execute(uri: "/login", method: .post, headers: form, body: ByteBuffer(string: "token=nope-nope-nope-nope"))
                #expect(wrong.status == .unauthorized)
                #expect(wrong.headers[.setCookie] == nil)
                let login = try await client.execute(uri: "/login", method: .post, headers: form,
                                                     body: ByteBuffer(string: "token=\(DashboardHarness.betaToken)"))
                #expect(login.status == .seeOther)
                let cookie = try #require(login.headers[.setCookie])
                #expect(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict") && cookie.contains("Path=/"))
                let pair = String(cookie.split(separator: ";")[0])
                let page = try await client.execute(uri: "/insights/ltv?merchant=m-beta", method: .get, headers: [.cookie: pair])
                #expect(page.status == .ok)
                #expect(try await client.execute(uri: "/insights/ltv?merchant=m-alpha", method: .get, headers: [.cookie: pair]).status == .forbidden)
                let logout = try await client.execute(uri: "/logout", method: .post, headers: [.cookie: pair])
                #expect(logout.status == .seeOther)
                #expect(logout.headers[.setCookie]?.contains("Max-Age=0") == true)
            }
        }
    }

    @Test func tokensCompareByDigestAndAReloadKeepsTheOldTokensWhenTheFileIsBad() throws {
        let file = FileManager.default.temporaryDirectory.appending(path: "tokens-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: file) }
        try "# comment\n\ntoken-one-0000000001 m-a,m-b\ntoken-two-0000000002 *\n".write(to: file, atomically: true, encoding: .utf8)
        let registry = try TokenRegistry(path: file.path)
        #expect(registry.grant(for: "token-one-0000000001") == .only(["m-a", "m-b"]))
        #expect(registry.grant(for: "token-two-0000000002") == .every)
        #expect(registry.grant(for: "token-one-000000000") == nil)
        try "token-three-00000003\n".write(to: file, atomically: true, encoding: .utf8)
        #expect(!registry.reload(logger: .quiet))
        #expect(registry.grant(for: "token-one-0000000001") == .only(["m-a", "m-b"]))
        try "token-three-00000003 m-c\n".write(to: file, atomically: true, encoding: .utf8)
        #expect(registry.reload(logger: .quiet))
        #expect(registry.grant(for: "token-one-0000000001") == nil)
        #expect(registry.grant(for: "token-three-00000003") == .only(["m-c"]))
    }

    @Test(arguments: [
        ("token-0000000000001\n", "line 1: a token needs the merchants it may see"),
        ("# ok\ntoken-0000000000001 m-a\nshort m-a\n", "line 3: the token is shorter than 16 characters"),
        ("token-0000000000001 m-a,,m-b\n", "line 1: an empty merchant id"),
        ("token-0000000000001 m-a\ntoken-0000000000001 m-b\n", "line 2: the token is listed twice"),
        ("token-0000000000001 m-a m-b\n", "line 1: expected TOKEN and one comma-separated list"),
        ("token-0000000000001 *,m-a\n", "line 1: * stands alone"),
    ])
    func aMalformedTokensFileIsRefusedNamingTheLine(text: String, problem: String) {
        #expect {
            try TokenFile.parse(text, path: "tokens")
        } throws: { error in
            guard let failure = error as? JobFailure else { return false }
            return failure.category == .configuration && failure.message.contains("tokens file tokens \(problem)") && !failure.message.contains("\n")
        }
    }
}
