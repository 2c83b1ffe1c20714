import PostgresClient

/// The merchants a token may see, for the picker and `GET /api/merchants`: from rfm_merchants (a
/// row per scored merchant, its primary key in byte order), keyset-paged by merchant id and
/// searchable by prefix, so a platform of 100,000 merchants lists as fast as one of ten.
public struct MerchantList {
    public struct Entry: Sendable, Equatable {
        public var merchant: String
        public var customers: Int
        public var currentAsOf: String?
    }

    /// Where a page starts: at the top, after the id a next link carries, or (a previous link)
    /// ending before the id it carries.
    public enum Position: Sendable, Equatable {
        case first
        case after(String)
        case before(String)
    }

    public struct Page: Sendable, Equatable {
        public var merchants: [Entry]
        /// The last merchant id of this page, when there are more after it.
        public var next: String?
        /// The first merchant id of this page, when there are more before it.
        public var previous: String?
    }

    let connection: Connection

    public init(connection: Connection) { self.connection = connection }

    /// `only`: the token's list. A page before an id is read backwards, down the same index, and
    /// turned round: the way back is as cheap as the way forward.
    public func page(prefix: String, at position: Position = .first, only: [String]?, limit: Int) throws -> Page {
        var parameters: [String?] = []
        func parameter(_ value: String) -> String {
            parameters.append(value)
            return "$\(parameters.count)"
        }
        var conditions = ["newest_as_of IS NOT NULL"]
        if !prefix.isEmpty {
            // A range the primary key can seek to, not a pattern: the ids from the prefix up to
            // the first id past every id that starts with it.
            conditions.append("merchant_id >= \(parameter(prefix))")
            if let end = Self.successor(of: prefix) { conditions.append("merchant_id < \(parameter(end))") }
        }
        var backwards = false
        switch position {
        case .first: break
        case .after(let id): conditions.append("merchant_id > \(parameter(id))")
        case .before(let id):
            conditions.append("merchant_id < \(parameter(id))")
            backwards = true
        }
        if let only { conditions.append("merchant_id = ANY(\(parameter(PostgresArray.text(only)))::text[])") }
        var merchants = try connection.execute("""
            SELECT merchant_id, customers::text, current_as_of::text FROM rfm_merchants
            WHERE \(conditions.joined(separator: " AND ")) ORDER BY merchant_id \(backwards ? "DESC" : "ASC") LIMIT \(limit + 1)
            """, parameters).rows.map { Entry(merchant: $0[0]!, customers: Int($0[1]!)!, currentAsOf: $0[2]) }
        let more = merchants.count > limit
        if more { merchants.removeLast() }
        if backwards {
            // Came back from the page that starts at the cursor: there is one after this.
            merchants.reverse()
            return Page(merchants: merchants, next: merchants.last?.merchant, previous: more ? merchants.first?.merchant : nil)
        }
        let cameFromAPage = position != .first
        return Page(merchants: merchants, next: more ? merchants.last?.merchant : nil, previous: cameFromAPage ? merchants.first?.merchant : nil)
    }

    /// The smallest string after every string that starts with `prefix`, in code point (= byte,
    /// COLLATE "C") order: the last character raised by one (past the surrogates; a last
    /// U+10FFFF is dropped and the one before it raised). nil: no bound.
    static func successor(of prefix: String) -> String? {
        var scalars = Array(prefix.unicodeScalars)
        while let last = scalars.popLast() {
            var value = last.value + 1
            if value == 0xD800 { value = 0xE000 }
            if let next = Unicode.Scalar(value) {
                scalars.append(next)
                var text = String.UnicodeScalarView()
                text.append(contentsOf: scalars)
                return String(text)
            }
        }
        return nil
    }
}
