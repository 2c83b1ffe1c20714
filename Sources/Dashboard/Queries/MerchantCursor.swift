import Foundation

/// The merchant listing's cursor: the last id of a page, base64url so that any id (spaces,
/// '&', unicode) travels in a query string unharmed.
enum MerchantCursor {
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
