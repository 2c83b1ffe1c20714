/// `application/x-www-form-urlencoded` fields: a GET form's query string or the login form's
/// body. `+` is a space, `%XX` a byte; a name may repeat (`segment=a&segment=b`).
struct FormFields {
    var fields: [(name: String, value: String)]

    init(_ encoded: String?) {
        fields = (encoded ?? "").split(separator: "&").compactMap { pair in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = Self.decode(parts[0]) else { return nil }
            return (name, parts.count > 1 ? Self.decode(parts[1]) ?? "" : "")
        }
    }

    static func decode(_ text: Substring) -> String? {
        text.replacingOccurrences(of: "+", with: " ").removingPercentEncoding
    }

    /// The first non-empty value of `name`.
    subscript(_ name: String) -> String? { fields.first { $0.name == name && !$0.value.isEmpty }?.value }

    func all(_ name: String) -> [String] { fields.filter { $0.name == name && !$0.value.isEmpty }.map(\.value) }
}
