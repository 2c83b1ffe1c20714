/// The customer table's order: a column and a direction, ties broken by user_key (unique per
/// merchant) in the same direction, so every order is total and a keyset cursor names one place.
/// Each column has an index (merchant_id, column, user_key) (migration 080; user_key: the
/// primary key).
public struct CustomerSort: Sendable, Equatable {
    public enum Column: String, Sendable, CaseIterable {
        case userKey = "user_key"
        case emailSHA256 = "email_sha256"
        case segment
        case rfmScore = "rfm_score"
        case predictiveLTV = "predictive_ltv"

        /// The SQL the table is ordered by: the index's expression (email may be NULL, and a row
        /// comparison with NULL is NULL, so customers without one sort as '').
        var expression: String {
            switch self {
            case .emailSHA256: "coalesce(email_sha256, '')"
            default: rawValue
            }
        }

        /// How a cursor's text value is cast back to the column's type.
        var cast: String {
            switch self {
            case .rfmScore: "::smallint"
            case .predictiveLTV: "::numeric"
            default: ""
            }
        }
    }

    public var column: Column
    public var descending: Bool

    public init(column: Column, descending: Bool) {
        self.column = column
        self.descending = descending
    }

    /// Highest predictive LTV first: who is worth the most.
    public static let standard = CustomerSort(column: .predictiveLTV, descending: true)

    public var order: String { descending ? "desc" : "asc" }
}
