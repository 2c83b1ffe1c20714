/// Where SPEC §1's columns sit in a purchases CSV, found by the names in its header row: any
/// order, any extra columns (ignored), names matched without regard to ASCII case or blanks.
/// `email` may be absent (every customer then has no email hash); the others must be there.
public struct EventCSVColumns: Sendable, Equatable {
    public static let required = ["merchant_id", "event_id", "user_key", "occurred_at", "amount", "currency", "kind"]
    public static let optional = ["email"]

    public struct MissingColumns: Error, CustomStringConvertible, Equatable {
        public let names: [String]
        public var description: String {
            "the CSV header has no column \(names.joined(separator: ", ")) (SPEC §1 lists the columns needed: "
                + (EventCSVColumns.required + EventCSVColumns.optional).joined(separator: ", ") + ")"
        }
    }

    let merchantID: Int, eventID: Int, userKey: Int, email: Int?, occurredAt: Int, amount: Int, currency: Int, kind: Int
    /// Fields every record must have: one past the last column used.
    let width: Int
    /// The header's names, for messages about a field.
    let names: [String?]

    public init(header: [String?]) throws {
        var positions: [String: Int] = [:]
        for (index, name) in header.enumerated() {
            guard let name else { continue }
            let key = String(name.unicodeScalars.filter { !$0.properties.isWhitespace }).lowercased()
            if positions[key] == nil { positions[key] = index }
        }
        let missing = Self.required.filter { positions[$0] == nil }
        guard missing.isEmpty else { throw MissingColumns(names: missing) }
        merchantID = positions["merchant_id"]!
        eventID = positions["event_id"]!
        userKey = positions["user_key"]!
        email = positions["email"]
        occurredAt = positions["occurred_at"]!
        amount = positions["amount"]!
        currency = positions["currency"]!
        kind = positions["kind"]!
        width = header.count
        names = header
    }

    /// Field `index` as a message names it: its header name, else its number.
    func name(of index: Int) -> String {
        if index < names.count, let name = names[index], !name.isEmpty { return name }
        return "\(index + 1)"
    }
}
