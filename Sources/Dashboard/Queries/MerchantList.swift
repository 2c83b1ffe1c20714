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

    public struct Page: Sendable, Equatable {
        public var merchants: [Entry]
        /// The last merchant id of this page, when there are more.
        public var next: String?
    }

    let connection: Connection

    public init(connection: Connection) { self.connection = connection }

    /// `after`: the previous page's last id (the cursor, as given back). `only`: the token's list.
    public func page(prefix: String, after: String?, only: [String]?, limit: Int) throws -> Page {
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
        if let after { conditions.append("merchant_id > \(parameter(after))") }
        if let only { conditions.append("merchant_id = ANY(\(parameter(PostgresArray.text(only)))::text[])") }
        var merchants = try connection.execute("""
            SELECT merchant_id, customers::text, current_as_of::text FROM rfm_merchants
            WHERE \(conditions.joined(separator: " AND ")) ORDER BY merchant_id LIMIT \(limit + 1)
            """, parameters).rows.map { Entry(merchant: $0[0]!, customers: Int($0[1]!)!, currentAsOf: $0[2]) }
        let more = merchants.count > limit
        if more { merchants.removeLast() }
        return Page(merchants: merchants, next: more ? merchants.last?.merchant : nil)
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
