import Foundation

/// The browser's session: the token itself in a cookie, HttpOnly (no script reads it) and
/// SameSite=Strict (no other site's page makes the browser send it, so no cross-site request
/// acts with it). `Secure` is added with `--secure-cookie`, behind a TLS proxy: over plain
/// http://127.0.0.1 a browser would not send a Secure cookie back. Tokens are printable ASCII
/// (`TokenFile`); the value is percent-encoded for the few characters a cookie cannot hold.
public enum SessionCookie {
    public static let name = "rfm_session"

    static let allowed: CharacterSet = {
        var set = CharacterSet.alphanumerics.intersection(CharacterSet(charactersIn: Unicode.Scalar(0)..<Unicode.Scalar(128)))
        set.insert(charactersIn: "-._~")
        return set
    }()

    public static func setting(_ token: String, secure: Bool) -> String {
        let value = token.addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
        return "\(name)=\(value); Path=/; HttpOnly; SameSite=Strict" + (secure ? "; Secure" : "")
    }

    public static func clearing(secure: Bool) -> String {
        "\(name)=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0" + (secure ? "; Secure" : "")
    }

    /// The token from `Cookie:` header values (`a=1; rfm_session=…`).
    static func token(in cookieHeaders: [String]) -> String? {
        for header in cookieHeaders {
            for pair in header.split(separator: ";") {
                let parts = pair.trimmingCharacters(in: .whitespaces).split(separator: "=", maxSplits: 1)
                if parts.count == 2, parts[0] == name, !parts[1].isEmpty {
                    return String(parts[1]).removingPercentEncoding
                }
            }
        }
        return nil
    }
}
