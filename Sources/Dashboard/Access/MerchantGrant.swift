/// The merchants one token may see: a list, or every merchant (`*`).
public enum MerchantGrant: Sendable, Equatable {
    case every
    case only(Set<String>)

    public func allows(_ merchant: String) -> Bool {
        switch self {
        case .every: true
        case .only(let merchants): merchants.contains(merchant)
        }
    }

    /// The listed merchants, or nil for every one: what the merchant listing filters by.
    public var listed: [String]? {
        switch self {
        case .every: nil
        case .only(let merchants): merchants.sorted()
        }
    }
}
