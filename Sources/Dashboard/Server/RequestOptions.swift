import RFMCore
import RFMJob

/// The customer table's query parameters, shared by the page, the JSON and the CSV export:
/// `sort`, `order`, `segment` (repeatable), `min_score`, `min_ltv` (dollars), `cursor`, `limit`.
/// A value that means nothing is a 400 naming it, never a silently ignored filter.
enum RequestOptions {
    static let defaultLimit = 50

    static func filter(_ fields: FormFields) throws -> CustomerExport.Filter {
        var filter = CustomerExport.Filter(segments: fields.all("segment"))
        if let text = fields["min_score"] {
            guard let score = Int(text), (0...100).contains(score) else { throw Problem(.badRequest, "min_score must be a whole number from 0 to 100, not \"\(text)\"") }
            filter.minimumScore = score
        }
        if let text = fields["min_ltv"] {
            guard let cents = CustomerExport.Filter.cents(dollars: text) else {
                throw Problem(.badRequest, "min_ltv must be an amount in dollars with at most two decimals, like 180 or 180.50, not \"\(text)\"")
            }
            filter.minimumLTVCents = cents
        }
        return filter
    }

    static func table(_ fields: FormFields, merchant: String) throws -> CustomerTable.Request {
        var sort = CustomerSort.standard
        if let text = fields["sort"] {
            guard let column = CustomerSort.Column(rawValue: text) else {
                throw Problem(.badRequest, "sort must be one of \(CustomerSort.Column.allCases.map(\.rawValue).joined(separator: ", ")), not \"\(text)\"")
            }
            sort = CustomerSort(column: column, descending: column == .predictiveLTV || column == .rfmScore)
        }
        if let order = fields["order"] {
            guard order == "asc" || order == "desc" else { throw Problem(.badRequest, "order must be asc or desc, not \"\(order)\"") }
            sort.descending = order == "desc"
        }
        var limit = defaultLimit
        if let text = fields["limit"] {
            guard let value = Int(text), (1...CustomerTable.maximumLimit).contains(value) else {
                throw Problem(.badRequest, "limit must be from 1 to \(CustomerTable.maximumLimit), not \"\(text)\"")
            }
            limit = value
        }
        return CustomerTable.Request(
            merchant: merchant, sort: sort, filter: try filter(fields),
            cursor: try fields["cursor"].map { try CustomerCursor.decode($0, for: sort) }, limit: limit
        )
    }

    /// The filter as query parameters again, for links that keep it.
    static func query(_ filter: CustomerExport.Filter) -> [(String, String?)] {
        filter.segments.map { ("segment", $0) }
            + [("min_score", filter.minimumScore.map(String.init)), ("min_ltv", filter.minimumLTVCents.map(Cents.format))]
    }
}
