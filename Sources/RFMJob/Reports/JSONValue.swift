import RFMConfig
import RFMCore

/// A JSON document with keys in the order given, written with two-space indentation, so output
/// reads top-down (merchant first, details after) and is the same text every time.
///
/// Money is a JSON number written from cents as an exact decimal (`29.75`), as PostgreSQL's
/// `to_json(numeric)` writes it: no binary floating point on this side.
public indirect enum JSONValue: Equatable, Sendable {
    case object([(String, JSONValue)])
    case array([JSONValue])
    case string(String)
    /// A number already in JSON syntax.
    case number(String)
    case bool(Bool)
    case null

    public static func int(_ value: Int) -> JSONValue { .number(String(value)) }
    public static func money(_ cents: Int64) -> JSONValue { .number(Cents.format(cents)) }
    /// An estimate (a model's parameter, an error measure), in Swift's shortest round-trip form;
    /// not finite → null. Never money: money is `money`, from cents.
    public static func double(_ value: Double) -> JSONValue { value.isFinite ? .number("\(value)") : .null }
    public static func string(_ value: String?) -> JSONValue { value.map { .string($0) } ?? .null }
    public static func date(_ value: CivilDate?) -> JSONValue { value.map { .string($0.description) } ?? .null }

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool { lhs.text == rhs.text }

    /// Pretty-printed, ending in a newline.
    public var text: String {
        var output = ""
        write(to: &output, indent: "")
        return output + "\n"
    }

    /// Pretty-printed as an element of an array nested `depth` levels deep, without a newline
    /// after: how a document too large to build is written a piece at a time.
    public func text(nestedAt depth: Int) -> String {
        let indent = String(repeating: "  ", count: depth)
        var output = indent
        write(to: &output, indent: indent)
        return output
    }

    /// One line, no spaces: for JSON Lines output.
    public var compactText: String {
        switch self {
        case .object(let members):
            return "{" + members.map { Self.quote($0.0) + ":" + $0.1.compactText }.joined(separator: ",") + "}"
        case .array(let items):
            return "[" + items.map(\.compactText).joined(separator: ",") + "]"
        default:
            var output = ""
            write(to: &output, indent: "")
            return output
        }
    }

    private func write(to output: inout String, indent: String) {
        switch self {
        case .object(let members):
            guard !members.isEmpty else { return output += "{}" }
            output += "{\n"
            for (index, (key, value)) in members.enumerated() {
                output += indent + "  " + Self.quote(key) + ": "
                value.write(to: &output, indent: indent + "  ")
                output += index == members.count - 1 ? "\n" : ",\n"
            }
            output += indent + "}"
        case .array(let items):
            guard !items.isEmpty else { return output += "[]" }
            output += "[\n"
            for (index, item) in items.enumerated() {
                output += indent + "  "
                item.write(to: &output, indent: indent + "  ")
                output += index == items.count - 1 ? "\n" : ",\n"
            }
            output += indent + "]"
        case .string(let value): output += Self.quote(value)
        case .number(let value): output += value
        case .bool(let value): output += value ? "true" : "false"
        case .null: output += "null"
        }
    }

    /// A JSON string literal, escaped by the project's one escaper.
    public static func quote(_ text: String) -> String { CanonicalJSON.quoted(text) }
}
