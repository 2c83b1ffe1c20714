/// A customer whose segment differs between two consecutive snapshots of a merchant.
public struct SegmentChange: Sendable, Equatable, CustomStringConvertible {
    public var userKey: String
    /// nil: not scored at the earlier snapshot (the customer entered scoring).
    public var from: String?
    /// nil: not scored at the later snapshot (the customer left the window).
    public var to: String?

    public init(userKey: String, from: String?, to: String?) {
        self.userKey = userKey
        self.from = from
        self.to = to
    }

    public var description: String { "\(userKey): \(from ?? "-") -> \(to ?? "-")" }
}
