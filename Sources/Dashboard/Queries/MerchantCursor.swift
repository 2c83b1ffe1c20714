import Foundation

/// The merchant listing's cursors: `cursor=` the last id of a page (the next page starts after
/// it), `before=` the first (the previous page ends before it), base64url so that any id
/// (spaces, '&', unicode) travels in a query string unharmed.
enum MerchantCursor {
    /// The page a request asks for.
    static func position(_ fields: FormFields) throws -> MerchantList.Position {
        if let before = fields["before"] { return .before(try decode(before)) }
        if let after = fields["cursor"] { return .after(try decode(after)) }
        return .first
    }

    static func encode(_ merchant: String) -> String {
        Base64URL.encode(Data(merchant.utf8))
    }

    static func decode(_ text: String) throws -> String {
        guard let data = Base64URL.decode(text), let merchant = String(data: data, encoding: .utf8), !merchant.contains("\0") else {
            throw Problem(.badRequest, "cursor is not one this server made")
        }
        return merchant
    }
}
