/// What the output tables can hold (SPEC §6), checked before anything is written: a value the
/// database would refuse half-way through a COPY ("numeric field overflow", "index row size
/// exceeds maximum", exit 70 and no customer named) refuses the merchant instead, with exit 65
/// and the customer's key, or skips the row, the way every other bad row is (SPEC §7).
public enum StoredRange {
    /// `numeric(16,2)` (monetary, predictive_ltv, model_ltv): 14 digits before the point.
    public static let maximumCents: Int64 = 9_999_999_999_999_999

    /// The longest user key stored: a row's key in the widest index, (merchant_id, user_key,
    /// snapshot_date), must fit a B-tree entry (2,704 bytes on 8 kB pages) uncompressed, with a
    /// merchant id of up to `maximumMerchantIDBytes`. Longer keys are skipped as `key_too_long`.
    public static let maximumUserKeyBytes = 2048

    /// The longest merchant id stored, for the same reason; a longer one refuses the merchant.
    public static let maximumMerchantIDBytes = 256

    /// "$100,000,000,000,000": the first amount a money column cannot hold, for messages.
    static let limitText = "$100,000,000,000,000"

    /// A customer's money value the outputs cannot hold.
    public struct ValueTooLarge: Error, CustomStringConvertible {
        public let userKey: String
        /// The output column, e.g. "predictive_ltv".
        public let column: String

        public init(userKey: String, column: String) {
            self.userKey = userKey
            self.column = column
        }

        public var description: String {
            "customer \(userKey)'s \(column) is \(StoredRange.limitText) or more, beyond what numeric(16,2) holds; check the customer's amounts, the currency's rate and the horizon"
        }
    }

    /// A merchant id the outputs' keys cannot hold.
    public struct MerchantIDTooLong: Error, CustomStringConvertible {
        public let bytes: Int
        public var description: String {
            "the merchant id is \(bytes) bytes long; at most \(StoredRange.maximumMerchantIDBytes) fit the output tables' keys"
        }
    }

    /// Throws `MerchantIDTooLong` for an id longer than the keys hold.
    public static func check(merchantID: String) throws {
        let bytes = merchantID.utf8.count
        if bytes > maximumMerchantIDBytes { throw MerchantIDTooLong(bytes: bytes) }
    }
}
