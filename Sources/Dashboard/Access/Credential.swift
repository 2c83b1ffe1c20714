import Foundation
import Hummingbird

/// Where a request's token comes from: `Authorization: Bearer …` (scripts, the API) or the
/// session cookie that `/login` sets (a browser cannot add headers to a link it follows).
/// The header wins when both are there.
public enum Credential {
    public static func token(in headers: HTTPFields) -> String? {
        if let authorization = headers[.authorization] {
            let parts = authorization.split(separator: " ", maxSplits: 1)
            if parts.count == 2, parts[0].lowercased() == "bearer" {
                return parts[1].trimmingCharacters(in: .whitespaces)
            }
        }
        return SessionCookie.token(in: headers[values: .cookie])
    }
}
