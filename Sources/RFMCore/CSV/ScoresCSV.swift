/// The rows `rfm-nightly score` writes: `customer_ltv`'s columns (SPEC §6) less the two that only
/// a database run has (`updated_at`, `run_id`), in the same order and with the same values.
/// Money is a plain decimal ("155.60"), times ISO 8601 in UTC ("2026-02-10T09:30:00Z", with
/// microseconds only when there are any), a missing email hash an empty field.
public enum ScoresCSV {
    public static let header = [
        "merchant_id", "user_key", "email_sha256", "as_of", "recency_days", "frequency", "monetary", "tenure_days",
        "r_score", "f_score", "m_score", "rfm_score", "segment", "predictive_ltv", "first_purchase_at", "last_purchase_at",
    ]

    public static func write(_ score: CustomerScore, merchant: String, asOf: CivilDate, to writer: inout CSVWriter) {
        let measures = score.measures
        writer.text(merchant)
        writer.text(measures.userKey)
        writer.text(measures.emailSHA256?.description)
        writer.number(asOf.description)
        writer.number(String(measures.recencyDays))
        writer.number(String(measures.frequency))
        writer.number(Cents.format(measures.monetaryCents))
        writer.number(String(measures.tenureDays))
        writer.number(String(score.recencyScore))
        writer.number(String(score.frequencyScore))
        writer.number(String(score.monetaryScore))
        writer.number(String(score.rfmScore))
        writer.text(score.segment)
        writer.number(Cents.format(score.predictiveLTVCents))
        writer.number(timestamp(unixMicroseconds: measures.firstPurchaseAt))
        writer.number(timestamp(unixMicroseconds: measures.lastPurchaseAt))
        writer.endRecord()
    }

    /// "2026-02-10T09:30:00Z", or "…:00.250000Z" when the instant has microseconds.
    public static func timestamp(unixMicroseconds micros: Int64) -> String {
        let date = CivilDate(containingUnixMicroseconds: micros)
        let inDay = micros - date.startUnixMicroseconds
        let seconds = Int(inDay / 1_000_000), fraction = Int(inDay % 1_000_000)
        var text = "\(date)T\(CivilDate.pad(seconds / 3600, 2)):\(CivilDate.pad(seconds / 60 % 60, 2)):\(CivilDate.pad(seconds % 60, 2))"
        if fraction != 0 { text += "." + CivilDate.pad(fraction, 6) }
        return text + "Z"
    }
}
