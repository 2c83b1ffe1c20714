import PostgresClient
import RFMCore
import RFMJob

/// One page of a merchant's current customers, as the dashboard's table and
/// `/api/merchants/{id}/customers` show them: filtered as `export` filters (`CustomerExport.Filter`),
/// sorted by any column, paged with a keyset cursor rather than OFFSET —
///   WHERE (col, user_key) > ($v, $k) ORDER BY col, user_key LIMIT n + 1
/// reads n + 1 entries of the (merchant_id, col, user_key) index wherever the page is, so the
/// thousandth page of a million customers costs what the first does. The extra row says whether
/// there is a next page.
public struct CustomerTable {
    public struct Request: Sendable, Equatable {
        public var merchant: String
        public var sort: CustomerSort
        public var filter: CustomerExport.Filter
        public var cursor: CustomerCursor?
        public var limit: Int

        public init(merchant: String, sort: CustomerSort = .standard, filter: CustomerExport.Filter = .init(), cursor: CustomerCursor? = nil, limit: Int = 50) {
            self.merchant = merchant
            self.sort = sort
            self.filter = filter
            self.cursor = cursor
            self.limit = limit
        }
    }

    public struct Row: Sendable, Equatable {
        public var userKey: String
        public var emailSHA256: String?
        public var segment: String
        public var rfmScore: Int
        public var predictiveLTVCents: Int64
        /// The sort column's value as the cursor carries it.
        var sortValue: String
    }

    public struct Page: Sendable, Equatable {
        public var rows: [Row]
        public var next: CustomerCursor?
        public var previous: CustomerCursor?
    }

    public static let maximumLimit = 500

    let connection: Connection

    public init(connection: Connection) { self.connection = connection }

    public func page(_ request: Request) throws -> Page {
        let (sql, parameters) = Self.sql(request)
        let goingBack = request.cursor?.direction == .before
        var rows = try connection.execute(sql, parameters).rows.map { row in
            Row(
                userKey: row[0]!, emailSHA256: row[1], segment: row[2]!, rfmScore: Int(row[3]!)!,
                predictiveLTVCents: try MerchantReportQuery.cents(row[4]), sortValue: row[5]!
            )
        }
        let more = rows.count > request.limit
        if more { rows.removeLast() }
        if goingBack { rows.reverse() }
        func cursor(_ row: Row?, _ direction: CustomerCursor.Direction) -> CustomerCursor? {
            row.map { CustomerCursor(sort: request.sort, direction: direction, value: $0.sortValue, userKey: $0.userKey) }
        }
        // Forward: a next page if the extra row came, a previous one unless this is the first.
        // Back: the page we came from is next; a previous one if the extra row came.
        let hasNext = goingBack ? true : more
        let hasPrevious = goingBack ? more : request.cursor != nil
        return Page(
            rows: rows,
            next: hasNext ? cursor(rows.last, .after) : nil,
            previous: hasPrevious ? cursor(rows.first, .before) : nil
        )
    }

    static func sql(_ request: Request) -> (String, [String?]) {
        var parameters: [String?] = [request.merchant]
        func parameter(_ value: String) -> String {
            parameters.append(value)
            return "$\(parameters.count)"
        }
        var conditions = ["merchant_id = $1"] + request.filter.conditions(parameter)

        let column = request.sort.column
        // Going back walks the order the other way from the cursor, then the page is reversed.
        let backwards = request.sort.descending != (request.cursor?.direction == .before)
        if let cursor = request.cursor {
            let comparison = backwards ? "<" : ">"
            if column == .userKey {
                conditions.append("user_key \(comparison) \(parameter(cursor.userKey))")
            } else {
                let value = parameter(cursor.value), key = parameter(cursor.userKey)
                conditions.append("(\(column.expression), user_key) \(comparison) (\(value)\(column.cast), \(key))")
            }
        }
        let direction = backwards ? "DESC" : "ASC"
        let order = column == .userKey ? "user_key \(direction)" : "\(column.expression) \(direction), user_key \(direction)"
        // The text columns have names of their own: ORDER BY rfm_score would otherwise sort by
        // the output column of that name, the text.
        let sql = """
            SELECT user_key, email_sha256, segment, rfm_score::text AS score_text, predictive_ltv::text AS ltv_text,
                   (\(column.expression))::text AS sort_text
            FROM customer_ltv WHERE \(conditions.joined(separator: " AND "))
            ORDER BY \(order) LIMIT \(request.limit + 1)
            """
        return (sql, parameters)
    }
}
