import HTTPTypes
import Hummingbird
import RFMJob

/// Responses with the headers every answer of the dashboard carries: nothing cached (the data
/// changes nightly and is not for shared caches), no sniffing, no framing, no referrer (page
/// addresses carry merchant ids and cursors), and for pages a policy that allows inline CSS
/// and SVG only — no script, nothing fetched from anywhere.
enum Reply {
    static func html(_ text: String, status: HTTPResponse.Status = .ok, headers extra: HTTPFields = [:]) -> Response {
        var headers = common(contentType: "text/html; charset=utf-8")
        headers[.contentSecurityPolicy] = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
        headers.append(contentsOf: extra)
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }

    static func json(_ text: String, status: HTTPResponse.Status = .ok, headers extra: HTTPFields = [:]) -> Response {
        var headers = common(contentType: "application/json; charset=utf-8")
        headers.append(contentsOf: extra)
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }

    static func redirect(to location: String, headers extra: HTTPFields = [:]) -> Response {
        var headers = common(contentType: "text/plain; charset=utf-8")
        headers[.location] = location
        headers.append(contentsOf: extra)
        return Response(status: .seeOther, headers: headers)
    }

    static func common(contentType: String) -> HTTPFields {
        var headers = HTTPFields()
        headers[.contentType] = contentType
        headers[.cacheControl] = "no-store"
        headers[.xContentTypeOptions] = "nosniff"
        headers[HTTPField.Name("Referrer-Policy")!] = "no-referrer"
        headers[HTTPField.Name("X-Frame-Options")!] = "DENY"
        return headers
    }

    /// A problem as the API answers it: `{"error": {"status": 403, "message": "…"}}`.
    static func apiProblem(_ problem: Problem) -> Response {
        let body = JSONValue.object([("error", .object([("status", .int(problem.status.code)), ("message", .string(problem.message))]))]).text
        return json(body, status: problem.status, headers: challenge(problem))
    }

    static func pageProblem(_ problem: Problem, loggedIn: Bool) -> Response {
        var body = "<p class=\"problem\" data-status=\"\(problem.status.code)\">\(HTMLText.escape(problem.message))</p>\n"
        if problem.status == .unauthorized { body += "<p><a href=\"/login\">Log in</a></p>\n" }
        return html(PageLayout.page(title: "\(problem.status.code) \(problem.status.reasonPhrase)", body: body, loggedIn: loggedIn),
                    status: problem.status, headers: challenge(problem))
    }

    /// 401 names the scheme that would work; 503 says when to come back (a client that honours
    /// it spreads its retries instead of adding to the overload).
    static func challenge(_ problem: Problem) -> HTTPFields {
        switch problem.status {
        case .unauthorized: [.wwwAuthenticate: "Bearer realm=\"rfm-nightly\""]
        case .serviceUnavailable: [.retryAfter: "2"]
        default: [:]
        }
    }
}
