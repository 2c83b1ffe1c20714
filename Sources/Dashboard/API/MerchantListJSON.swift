import RFMJob

/// `GET /api/merchants`: the merchants the token may see, a page at a time.
enum MerchantListJSON {
    static func render(_ page: MerchantList.Page) -> String {
        JSONValue.object([
            ("merchants", .array(page.merchants.map {
                .object([("merchant", .string($0.merchant)), ("customers", .int($0.customers)), ("current_as_of", .string($0.currentAsOf))])
            })),
            ("next_cursor", .string(page.next.map(MerchantCursor.encode))),
            ("previous_cursor", .string(page.previous.map(MerchantCursor.encode))),
        ]).text
    }
}
