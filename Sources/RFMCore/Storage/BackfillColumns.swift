/// A backfill's rows once reading ends, laid out for summing one window after another: three
/// flat columns in arrival order for the bulk, and apart from them the few rows that need more.
///
/// - Rows whose event id another row shares (a few in a thousand) keep their whole content and
///   id group in `RepeatedRows`, which settles them date by date; every other row counts once,
///   so the bulk needs no event id at all.
/// - A row's currency matters only when it has no rate (it is counted and named in the date's
///   warnings), so those rows leave their instant in a per-currency list instead of every row
///   keeping its currency.
///
/// That is 16 bytes a row against 28 for time-sorted columns with an event number, and no sort:
/// a window is found by each row's instant, not by position, which costs one comparison a row.
struct BackfillColumns {
    let customer: [UInt32]
    let time: [Int64]
    /// USD cents << 1, plus 1 for a purchase; `amountIsLarge` cents are in `largeUSDCents`.
    let amount: [UInt32]
    let largeUSDCents: [Int: Int64]
    /// The rows in `repeated`, left out of the bulk.
    let isRepeated: RowBits
    var repeated: RepeatedRows
    /// Instants of the rows whose currency has no rate, per currency, ascending.
    let unknownRateInstants: [(currency: CurrencyCode, instants: [Int64])]

    static let largeAmount: UInt32 = 0x7FFF_FFFF

    /// Takes the rows as read (`currencyAndKind` with `BackfillSeries.unknownRateBit`), freeing
    /// each column as its replacement is built.
    init(_ rows: consuming EventColumns) {
        var isRepeated = RowBits(count: rows.count)
        var repeatedRows: [(row: Int, group: UInt32)] = []
        var groupCount = 0
        EventIDGroups.forEachRepeated(ids: rows.ids, tags: rows.idTags) { copies in
            for row in copies {
                repeatedRows.append((row, UInt32(groupCount)))
                isRepeated[row] = true
            }
            groupCount += 1
        }
        rows.releaseIDs()
        repeatedRows.sort { $0.row < $1.row }
        repeated = RepeatedRows(groupCount: groupCount)
        for (row, group) in repeatedRows {
            repeated.append(
                row: row, group: group, customer: rows.customer[row], time: rows.time[row],
                usdCents: rows.usdCents(row), currencyAndKind: rows.currencyAndKind[row]
            )
        }
        self.isRepeated = isRepeated

        var amount: [UInt32] = []
        amount.reserveCapacity(rows.count)
        var large: [Int: Int64] = [:]
        var unknown: [CurrencyCode: [Int64]] = [:]
        let purchase = UInt32(EventKind.purchase.rawValue) << 24
        for row in 0..<rows.count {
            let tags = rows.currencyAndKind[row]
            let cents = rows.usdCents(row)
            let isPurchase: UInt32 = tags & 0x3F00_0000 == purchase ? 1 : 0
            if cents < Int64(Self.largeAmount) {
                amount.append(UInt32(cents) << 1 | isPurchase)
            } else {
                large[row] = cents
                amount.append(Self.largeAmount << 1 | isPurchase)
            }
            if tags & BackfillSeries.unknownRateBit != 0 {
                unknown[CurrencyCode(packed: tags & 0x00FF_FFFF), default: []].append(rows.time[row])
            }
        }
        rows.usdCentsColumn.removeAll()
        rows.largeUSDCents = [:]
        rows.currencyAndKind.removeAll()
        self.amount = amount
        largeUSDCents = large
        unknownRateInstants = unknown.keys.sorted().map { ($0, unknown[$0]!.sorted()) }
        customer = rows.customer.takeAll()
        time = rows.time.takeAll()
    }

    var count: Int { time.count }

    /// Adds every row of the bulk with an instant in `window`.
    func sumBulk(in window: Range<Int64>, into sums: inout CustomerAggregates) {
        customer.withUnsafeBufferPointer { customer in
            time.withUnsafeBufferPointer { time in
                amount.withUnsafeBufferPointer { amount in
                    for row in 0..<time.count {
                        let instant = time[row]
                        guard window.contains(instant), !isRepeated[row] else { continue }
                        let packed = amount[row]
                        sums.add(
                            customer: Int(customer[row]), instant: instant,
                            usdCents: packed >> 1 == Self.largeAmount ? largeUSDCents[row]! : Int64(packed >> 1),
                            isPurchase: packed & 1 != 0
                        )
                    }
                }
            }
        }
    }

    /// Rows in `window` whose currency has no rate, and those currencies.
    func unknownRates(in window: Range<Int64>, into quality: inout DataQuality) {
        for (currency, instants) in unknownRateInstants {
            let count = Quintiles.lowerBound(instants, window.upperBound) - Quintiles.lowerBound(instants, window.lowerBound)
            guard count > 0 else { continue }
            quality.unknownCurrencyRows += count
            quality.unknownCurrencies.insert(currency)
        }
    }
}
