/// JSON with keys in the order they were written: stable, readable output for `--format json`.
/// (`JSONText` sorts keys instead; jsonb columns reorder them anyway.)
public indirect enum JSONValue: Sendable, Equatable {
    case object([(String, JSONValue)])
    case array([JSONValue])
    case string(String)
    case integer(Int)
    /// Written in Swift's shortest round-trip form; not finite → null.
    case number(Double)
    case bool(Bool)
    case null

    public func rendered() -> String {
        switch self {
        case .object(let members):
            return "{" + members.map { "\(Self.quote($0.0)):\($0.1.rendered())" }.joined(separator: ",") + "}"
        case .array(let elements):
            return "[" + elements.map { $0.rendered() }.joined(separator: ",") + "]"
        case .string(let text): return Self.quote(text)
        case .integer(let value): return String(value)
        case .number(let value): return value.isFinite ? "\(value)" : "null"
        case .bool(let value): return value ? "true" : "false"
        case .null: return "null"
        }
    }

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool { lhs.rendered() == rhs.rendered() }

    /// A JSON string literal.
    static func quote(_ text: String) -> String {
        var quoted = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": quoted += "\\\""
            case "\\": quoted += "\\\\"
            case "\n": quoted += "\\n"
            case "\r": quoted += "\\r"
            case "\t": quoted += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                quoted += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: quoted.unicodeScalars.append(scalar)
            }
        }
        return quoted + "\""
    }
}
