/// A merchant's scored customers, ordered by user key (byte-wise), and what reading found.
public struct MerchantMeasures: Sendable {
    public var customers: [CustomerMeasures]
    public var quality: DataQuality

    public init(customers: [CustomerMeasures], quality: DataQuality) {
        self.customers = customers
        self.quality = quality
    }
}
