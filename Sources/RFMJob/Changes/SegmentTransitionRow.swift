import RFMCore

/// One row of `segment_transitions`, with the customer's current email hash for audiences.
public struct SegmentTransitionRow: Sendable, Equatable {
    public var asOf: CivilDate
    public var userKey: String
    public var emailSHA256: String?
    /// nil: not scored at `previousAsOf` (newly scored).
    public var from: String?
    /// nil: not scored at `asOf` (no purchase left in the window).
    public var to: String?
    public var previousAsOf: CivilDate

    /// "loyal → champion", "entered champion (newly scored)", "left loyal (no longer scored)".
    public var change: String {
        switch (from, to) {
        case (nil, let to?): "entered \(to) (newly scored)"
        case (let from?, nil): "left \(from) (no longer scored)"
        default: "\(from ?? "-") → \(to ?? "-")"
        }
    }
}
