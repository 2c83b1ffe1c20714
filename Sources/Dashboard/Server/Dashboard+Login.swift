import Hummingbird

extension Dashboard {
    /// `/login` sets the session cookie from a token typed into a form, `/logout` clears it.
    /// `/healthz` answers without a token: for a load balancer or the benchmark's readiness wait.
    func addLoginRoutes(to router: Router<BasicRequestContext>) {
        router.get("/") { _, _ in Reply.redirect(to: "/insights/ltv") }
        router.get("/healthz") { _, _ in Response(status: .ok, headers: Reply.common(contentType: "text/plain; charset=utf-8"), body: ResponseBody(byteBuffer: ByteBuffer(string: "ok\n"))) }
        router.get("/login") { _, _ in Reply.html(LoginPageHTML.render(problem: nil)) }
        router.post("/login") { request, _ in
            let body = try await request.body.collect(upTo: 16 * 1024)
            let fields = FormFields(String(buffer: body))
            guard let token = fields["token"]?.trimmingCharacters(in: .whitespaces), tokens.grant(for: token) != nil else {
                return Reply.html(LoginPageHTML.render(problem: "That token is not valid."), status: .unauthorized,
                                  headers: [.wwwAuthenticate: "Bearer realm=\"rfm-nightly\""])
            }
            return Reply.redirect(to: "/insights/ltv", headers: [.setCookie: SessionCookie.setting(token, secure: secureCookie)])
        }
        let logout: @Sendable (Request, BasicRequestContext) async throws -> Response = { [secureCookie] _, _ in
            Reply.redirect(to: "/login", headers: [.setCookie: SessionCookie.clearing(secure: secureCookie)])
        }
        router.post("/logout", use: logout)
        router.get("/logout", use: logout)
    }
}
