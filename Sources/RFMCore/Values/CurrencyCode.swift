/// An ISO 4217 code: exactly three ASCII capital letters, packed into 24 bits so the hot loop
/// compares integers rather than strings.
public struct CurrencyCode: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let packed: UInt32

    /// Nil unless the bytes are three capital letters ("usd", "US", "U$D" are malformed).
    @inline(__always)
    public init?(bytes: UnsafeRawBufferPointer) {
        guard bytes.count == 3 else { return nil }
        let a = bytes[0], b = bytes[1], c = bytes[2]
        guard (65...90).contains(a), (65...90).contains(b), (65...90).contains(c) else { return nil }
        packed = UInt32(a) << 16 | UInt32(b) << 8 | UInt32(c)
    }

    public init?(_ text: String) {
        var text = text
        guard let code = text.withUTF8({ CurrencyCode(bytes: UnsafeRawBufferPointer($0)) }) else { return nil }
        self = code
    }

    init(packed: UInt32) { self.packed = packed }

    public var description: String {
        String(decoding: [UInt8(packed >> 16), UInt8(packed >> 8 & 0xFF), UInt8(packed & 0xFF)], as: UTF8.self)
    }

    public static func < (lhs: CurrencyCode, rhs: CurrencyCode) -> Bool { lhs.packed < rhs.packed }

    public static let usd = CurrencyCode("USD")!
    public static let eur = CurrencyCode("EUR")!
    public static let gbp = CurrencyCode("GBP")!
}
