import Foundation

/// The dashboard's addresses, built from values that may hold any character (merchant ids and
/// user keys with '/', spaces, quotes, unicode): each goes into its path segment or query value
/// percent-encoded, everything but the unreserved characters, so '/' stays inside its segment.
public enum DashboardLinks {
    static let unreserved: CharacterSet = {
        var set = CharacterSet()
        set.insert(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
        return set
    }()

    public static func encode(_ value: String) -> String {
        value.addingPercentEncoding(withAllowedCharacters: unreserved) ?? ""
    }

    /// `path?name=value&…`, empty values left out.
    public static func with(_ path: String, _ query: [(String, String?)]) -> String {
        let pairs = query.compactMap { name, value in value.flatMap { $0.isEmpty ? nil : "\(name)=\(encode($0))" } }
        return pairs.isEmpty ? path : path + "?" + pairs.joined(separator: "&")
    }

    public static func merchantPage(_ merchant: String) -> String { with("/insights/ltv", [("merchant", merchant)]) }

    public static func customerPage(_ merchant: String, _ userKey: String) -> String {
        with("/insights/ltv/" + encode(userKey), [("merchant", merchant)])
    }

    public static func export(_ merchant: String) -> String { "/api/merchants/\(encode(merchant))/customers.csv" }
}
