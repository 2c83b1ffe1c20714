/// The dates of a `WindowSeries`, scored one after another in ascending order.
public struct SeriesWindows {
    public let firstDate: CivilDate
    public let lastDate: CivilDate
    let windowDays: Int
    let readQuality: DataQuality

    // Rows sorted by time.
    let rowCustomer: [UInt32]
    let rowEvent: [UInt32]
    let rowTime: [Int64]
    let rowUSDCents: [Int64]
    let rowCurrencyAndKind: [UInt32]
    let laterEmails: [(instant: Int64, customer: UInt32, email: UInt32)]

    let keyOrder: [Int]
    var profiles: CustomerProfiles
    var sums: CustomerAggregates
    var nextLaterEmail = 0
    var previousDate: CivilDate?

    // Per event id, stamped with the date being summed so nothing needs clearing between dates.
    var idStamp: [Int32]
    var idFirstRow: [UInt32]
    var idConflictStamp: [Int32]

    init(_ series: consuming WindowSeries) {
        firstDate = series.firstDate
        lastDate = series.lastDate
        windowDays = series.windowDays
        readQuality = series.intake.quality
        // Equal event ids get one group number; then sort by time (then arrival, for a stable
        // order), so each date's window is a slice.
        let (groups, groupCount) = EventIDGroups.groupNumbers(ids: series.ids, tags: series.idTags)
        let order = series.rowTime.indices.sorted {
            (series.rowTime[$0], $0) < (series.rowTime[$1], $1)
        }
        rowCustomer = order.map { series.rowCustomer[$0] }
        rowEvent = order.map { groups[$0] }
        rowTime = order.map { series.rowTime[$0] }
        rowUSDCents = order.map { series.rowUSDCents[$0] }
        rowCurrencyAndKind = order.map { series.rowCurrencyAndKind[$0] }
        laterEmails = series.laterEmails.sorted { $0.instant < $1.instant }
        keyOrder = CustomerProfiles.keyOrder(series.intake)
        profiles = CustomerProfiles(intake: series.intake)
        sums = CustomerAggregates(customerCount: series.intake.customers.count)
        idStamp = Array(repeating: .min, count: groupCount)
        idFirstRow = Array(repeating: 0, count: groupCount)
        idConflictStamp = Array(repeating: .min, count: groupCount)
    }

    /// Scores for `date`: exactly what a nightly run for that date computes. Dates must come in
    /// ascending order (emails only move forward).
    public mutating func measures(for date: CivilDate) throws -> MerchantMeasures {
        precondition(date >= firstDate && date <= lastDate, "\(date) is outside the series")
        precondition(previousDate.map { $0 < date } ?? true, "dates must ascend")
        previousDate = date
        let cutoff = date.startUnixMicroseconds
        applyEmails(before: cutoff)

        let window = lowerBound(date.adding(days: -windowDays).startUnixMicroseconds)..<lowerBound(cutoff)
        let stamp = Int32(truncatingIfNeeded: date.unixDay)
        // Pass 1: the first copy of each id in this window, and whether any copy disagrees.
        for row in window {
            let id = Int(rowEvent[row])
            if idStamp[id] != stamp {
                idStamp[id] = stamp
                idFirstRow[id] = UInt32(row)
            } else if !sameContent(row, Int(idFirstRow[id])) {
                idConflictStamp[id] = stamp
            }
        }
        // Pass 2: sum first copies of clean ids; count the rest as the nightly run does.
        var quality = readQuality
        quality.skipped[.conflictingDuplicate] = nil
        quality.duplicatesIgnored = 0
        quality.unknownCurrencyRows = 0
        quality.unknownCurrencies = []
        sums.reset()
        let purchaseTag = UInt32(EventKind.purchase.rawValue) << 24
        for row in window {
            let id = Int(rowEvent[row])
            let tags = rowCurrencyAndKind[row]
            if tags & WindowSeries.unknownRateBit != 0 {
                quality.unknownCurrencyRows += 1
                quality.unknownCurrencies.insert(CurrencyCode(packed: tags & 0x00FF_FFFF))
            }
            if idConflictStamp[id] == stamp {
                quality.skip(.conflictingDuplicate)
            } else if idFirstRow[id] != UInt32(row) {
                quality.duplicatesIgnored += 1
            } else {
                sums.add(
                    customer: Int(rowCustomer[row]), instant: rowTime[row], usdCents: rowUSDCents[row],
                    isPurchase: tags & 0x3F00_0000 == purchaseTag
                )
            }
        }
        let customers = try sums.measures(asOf: date, keyOrder: keyOrder, profiles: &profiles)
        return MerchantMeasures(customers: customers, quality: quality)
    }

    /// Moves each customer's email forward to the latest row before `cutoff`.
    private mutating func applyEmails(before cutoff: Int64) {
        while nextLaterEmail < laterEmails.count, laterEmails[nextLaterEmail].instant < cutoff {
            let (instant, customer, email) = laterEmails[nextLaterEmail]
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

    @inline(__always)
    private func sameContent(_ a: Int, _ b: Int) -> Bool {
        rowCustomer[a] == rowCustomer[b] && rowTime[a] == rowTime[b] && rowUSDCents[a] == rowUSDCents[b]
            && rowCurrencyAndKind[a] == rowCurrencyAndKind[b]
    }

    /// First row at or after `instant`.
    private func lowerBound(_ instant: Int64) -> Int {
        var low = 0, high = rowTime.count
        while low < high {
            let middle = (low + high) / 2
            if rowTime[middle] < instant { low = middle + 1 } else { high = middle }
        }
        return low
    }
}

extension WindowSeries {
    /// Ends reading: sorts what was kept and returns the dates, ready to score.
    public consuming func windows() -> SeriesWindows { SeriesWindows(self) }
}

extension SeriesWindows {
    /// Everything any date of the series could warn about — the read's skipped rows, window rows
    /// in a currency without a rate, ids with disagreeing copies — so `--strict` can refuse a
    /// backfill before writing its first date. Nil when there is nothing.
    public mutating func warningsAcrossDates() -> DataQuality? {
        var quality = readQuality
        let stamp = Int32.min + 1  // no date uses it
        for row in rowEvent.indices {
            let id = Int(rowEvent[row])
            if idStamp[id] != stamp {
                idStamp[id] = stamp
                idFirstRow[id] = UInt32(row)
            } else if !(rowCustomer[row] == rowCustomer[Int(idFirstRow[id])] && rowTime[row] == rowTime[Int(idFirstRow[id])]
                        && rowUSDCents[row] == rowUSDCents[Int(idFirstRow[id])]
                        && rowCurrencyAndKind[row] == rowCurrencyAndKind[Int(idFirstRow[id])]) {
                quality.skip(.conflictingDuplicate)
            }
            let tags = rowCurrencyAndKind[row]
            if tags & WindowSeries.unknownRateBit != 0 {
                quality.unknownCurrencyRows += 1
                quality.unknownCurrencies.insert(CurrencyCode(packed: tags & 0x00FF_FFFF))
            }
        }
        for index in idStamp.indices { idStamp[index] = .min }  // leave the stamps as the dates expect
        return quality.warningCount > 0 ? quality : nil
    }
}
