/// `rfm-nightly changes --format text`: one line per change, for people.
public enum TransitionText {
    public static let header = "as_of       " + MerchantReportText.pad("user_key", 24) + " change"

    /// "2026-04-15  p3                        champion → loyal"
    public static func line(_ row: SegmentTransitionRow) -> String {
        "\(row.asOf)  " + MerchantReportText.pad(row.userKey, 24) + " " + row.change
    }
}
