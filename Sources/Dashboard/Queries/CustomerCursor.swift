import Foundation

/// A place in the customer table: the sort value and user_key of the row a page ends (or, going
/// back, starts) at. Opaque to the client: base64url of a small JSON array, which also names the
/// sort it belongs to, so a cursor carried over to another sort is refused instead of landing
/// somewhere arbitrary. It grants nothing: the merchant and the filters come from the request,
/// and an edited cursor only moves within what the request may see.
public struct CustomerCursor: Sendable, Equatable {
    public enum Direction: String, Sendable {
        /// Rows after this one (the next page).
        case after
        /// Rows before this one (the previous page).
        case before
    }

    public var sort: CustomerSort
    public var direction: Direction
    /// The sort column's value as text (`coalesce(email_sha256, '')` for the email).
    public var value: String
    public var userKey: String

    public struct Invalid: Error, CustomStringConvertible {
        public var description: String
    }

    public var encoded: String {
        let array = ["c1", sort.column.rawValue, sort.order, direction.rawValue, value, userKey]
        let data = try! JSONSerialization.data(withJSONObject: array)
        return Base64URL.encode(data)
    }

    /// Decodes a cursor for a request sorted by `sort`.
    public static func decode(_ text: String, for sort: CustomerSort) throws -> CustomerCursor {
        guard let data = Base64URL.decode(text),
              let array = try? JSONSerialization.jsonObject(with: data) as? [String], array.count == 6, array[0] == "c1",
              let column = CustomerSort.Column(rawValue: array[1]), ["asc", "desc"].contains(array[2]),
              let direction = Direction(rawValue: array[3])
        else { throw Invalid(description: "cursor is not one this server made") }
        let cursorSort = CustomerSort(column: column, descending: array[2] == "desc")
        guard cursorSort == sort else {
            throw Invalid(description: "cursor belongs to the order \(cursorSort.column.rawValue) \(cursorSort.order), not \(sort.column.rawValue) \(sort.order)")
        }
        let value = array[4]
        let valid = switch column {
        case .rfmScore: Int16(value) != nil
        case .predictiveLTV: Decimal(string: value) != nil && value.allSatisfy { $0.isNumber || $0 == "." || $0 == "-" }
        default: true
        }
        guard valid, !value.contains("\0"), !array[5].contains("\0") else { throw Invalid(description: "cursor is not one this server made") }
        return CustomerCursor(sort: cursorSort, direction: direction, value: value, userKey: array[5])
    }
}
