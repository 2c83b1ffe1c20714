import RFMJob

/// `/login`: one field for the token. POSTed, so the token goes in the body, never the address
/// (which logs and browser history keep).
enum LoginPageHTML {
    static func render(problem: String?) -> String {
        var body = "<h1>Log in</h1>\n"
        if let problem { body += "<p class=\"problem\">\(HTMLText.escape(problem))</p>\n" }
        body += "<form class=\"login\" method=\"post\" action=\"/login\"><label>token <input type=\"password\" name=\"token\" autocomplete=\"current-password\"/></label>"
        body += " <button type=\"submit\">Log in</button></form>\n"
        return PageLayout.page(title: "Log in · customer LTV", body: body, loggedIn: false)
    }
}
