/// The dates of a `BackfillSeries`, scored one after another in ascending order.
public struct BackfillDates {
    public let firstDate: CivilDate
    public let lastDate: CivilDate
    let windowDays: Int
    let readQuality: DataQuality

    var rows: BackfillColumns
    let laterEmails: [BackfillSeries.LaterEmail]

    let keyOrder: [Int]
    var profiles: CustomerProfiles
    var sums: CustomerAggregates
    var nextLaterEmail = 0
    var previousDate: CivilDate?

    init(_ series: consuming BackfillSeries) {
        firstDate = series.firstDate
        lastDate = series.lastDate
        windowDays = series.windowDays
        readQuality = series.intake.quality
        // Moved out, not copied, so each column is freed as its replacement is built.
        var read = EventColumns()
        swap(&read, &series.rows)
        rows = BackfillColumns(consume read)
        keyOrder = CustomerProfiles.keyOrder(series.intake)
        var profiles = CustomerProfiles(intake: series.intake)
        laterEmails = Self.latestPerInstant(series.laterEmails.takeAll(), emails: profiles.emails)
        profiles.hashEveryEmail()
        self.profiles = profiles
        sums = CustomerAggregates(customerCount: series.intake.customers.count)
    }

    /// The later emails by instant, one per customer and instant: at equal times the byte-wise
    /// greater address wins, as in a nightly run. Settled here, while the addresses are at hand,
    /// so the dates need only their hashes. (Emails before the series' first date are folded
    /// into the profiles while reading and are all earlier than these.)
    private static func latestPerInstant(_ emails: [BackfillSeries.LaterEmail], emails addresses: ByteStringList) -> [BackfillSeries.LaterEmail] {
        let sorted = emails.sorted { ($0.instant, $0.customer) < ($1.instant, $1.customer) }
        var kept: [BackfillSeries.LaterEmail] = []
        kept.reserveCapacity(sorted.count)
        for email in sorted {
            if let last = kept.last, last.instant == email.instant, last.customer == email.customer {
                let isGreater = addresses.withBytes(Int(email.email)) { candidate in
                    addresses.withBytes(Int(last.email)) { current in EventIntake.isLater(candidate, than: current) }
                }
                if isGreater { kept[kept.count - 1] = email }
            } else {
                kept.append(email)
            }
        }
        return kept
    }

    /// Scores for `date`: exactly what a nightly run for that date computes. Dates must come in
    /// ascending order (emails only move forward).
    public mutating func measures(for date: CivilDate) throws -> MerchantMeasures {
        precondition(date >= firstDate && date <= lastDate, "\(date) is outside the series")
        precondition(previousDate.map { $0 < date } ?? true, "dates must ascend")
        previousDate = date
        let cutoff = date.startUnixMicroseconds
        applyEmails(before: cutoff)

        let window = date.adding(days: -windowDays).startUnixMicroseconds..<cutoff
        var quality = readQuality
        quality.skipped[.conflictingDuplicate] = nil
        quality.duplicatesIgnored = 0
        quality.unknownCurrencyRows = 0
        quality.unknownCurrencies = []
        sums.reset()
        rows.sumBulk(in: window, into: &sums)
        rows.repeated.settle(in: window, into: &sums, quality: &quality)
        rows.unknownRates(in: window, into: &quality)
        let customers = try sums.measures(asOf: date, keyOrder: keyOrder, profiles: &profiles)
        return MerchantMeasures(customers: customers, quality: quality)
    }

    /// Moves each customer's email forward to the latest row before `cutoff`.
    private mutating func applyEmails(before cutoff: Int64) {
        while nextLaterEmail < laterEmails.count, laterEmails[nextLaterEmail].instant < cutoff {
            let later = laterEmails[nextLaterEmail]
            nextLaterEmail += 1
            // Later than the profile's: ties were settled when the list was made.
            profiles.state[Int(later.customer)].emailAt = later.instant
            profiles.state[Int(later.customer)].emailIndex = later.email
        }
    }
}

extension BackfillSeries {
    /// Ends reading: settles how the rows are kept (`BackfillColumns`) and returns the dates, ready to
    /// score. Consume the series (`(consume series).windows()`): a copy left behind would keep
    /// every row of the read alive beside the new columns.
    public consuming func windows() -> BackfillDates { BackfillDates(self) }
}

extension BackfillDates {
    /// Everything any date of the series could warn about — the read's skipped rows, window rows
    /// in a currency without a rate, ids with disagreeing copies — so `--strict` can refuse a
    /// backfill before writing its first date. Nil when there is nothing.
    public mutating func warningsAcrossDates() -> DataQuality? {
        var quality = readQuality
        let conflicts = rows.repeated.conflictsAcrossSeries()
        if conflicts > 0 { quality.skip(.conflictingDuplicate, count: conflicts) }
        rows.unknownRates(in: Int64.min..<Int64.max, into: &quality)
        return quality.warningCount > 0 ? quality : nil
    }
}
