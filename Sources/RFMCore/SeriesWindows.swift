/// The dates of a `WindowSeries`, scored one after another in ascending order.
public struct SeriesWindows {
    public let firstDate: CivilDate
    public let lastDate: CivilDate
    let windowDays: Int
    let readQuality: DataQuality

    var rows: SeriesRows
    let laterEmails: [WindowSeries.LaterEmail]

    let keyOrder: [Int]
    var profiles: CustomerProfiles
    var sums: CustomerAggregates
    var nextLaterEmail = 0
    var previousDate: CivilDate?

    init(_ series: consuming WindowSeries) {
        firstDate = series.firstDate
        lastDate = series.lastDate
        windowDays = series.windowDays
        readQuality = series.intake.quality
        // Moved out, not copied, so each column is freed as its replacement is built.
        var read = WindowRows()
        swap(&read, &series.rows)
        rows = SeriesRows(consume read)
        laterEmails = series.laterEmails.takeAll().sorted { $0.instant < $1.instant }
        keyOrder = CustomerProfiles.keyOrder(series.intake)
        profiles = CustomerProfiles(intake: series.intake)
        sums = CustomerAggregates(customerCount: series.intake.customers.count)
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
            let (instant, customer, email) = (laterEmails[nextLaterEmail].instant, laterEmails[nextLaterEmail].customer, laterEmails[nextLaterEmail].email)
            nextLaterEmail += 1
            let index = Int(customer)
            if instant < profiles.state[index].emailAt { continue }
            if instant == profiles.state[index].emailAt, profiles.state[index].emailIndex != EventIntake.noEmail {
                let later = profiles.emails.withBytes(Int(email)) { candidate in
                    profiles.emails.withBytes(Int(profiles.state[index].emailIndex)) { current in
                        current.lexicographicallyPrecedes(candidate)
                    }
                }
                if !later { continue }
            }
            profiles.state[index].emailAt = instant
            profiles.state[index].emailIndex = email
        }
    }
}

extension WindowSeries {
    /// Ends reading: settles how the rows are kept (`SeriesRows`) and returns the dates, ready to
    /// score. Consume the series (`(consume series).windows()`): a copy left behind would keep
    /// every row of the read alive beside the new columns.
    public consuming func windows() -> SeriesWindows { SeriesWindows(self) }
}

extension SeriesWindows {
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
