/// A merchant's rows in the scoring window (a backfill: in any of its windows), one entry per
/// copy, in arrival order: what the nightly run and a backfill hold while reading.
///
/// Reading ends with every row of the largest merchant in memory at once, so the columns are as
/// narrow as exactness allows: ids with a sparse index (`EventIDList`), and USD cents in 32 bits,
/// the rare larger amount (over $42.9 million) kept aside by row. Chunked columns never copy to
/// grow, so what is held is what is used.
struct EventColumns {
    var ids = EventIDList()
    var idTags = ChunkedColumn<UInt32>()
    var customer = ChunkedColumn<UInt32>()
    var time = ChunkedColumn<Int64>()
    /// `EventColumns.largeAmount` means: see `largeUSDCents`.
    var usdCentsColumn = ChunkedColumn<UInt32>()
    var largeUSDCents: [Int: Int64] = [:]
    /// Currency in the low 24 bits, kind and flags above (the owner's packing).
    var currencyAndKind = ChunkedColumn<UInt32>()

    static let largeAmount = UInt32.max

    var count: Int { customer.count }

    @inline(__always)
    mutating func append(eventID: UnsafeRawBufferPointer, customer: Int, instant: Int64, usdCents: Int64, currencyAndKind: UInt32) {
        ids.append(eventID)
        idTags.append(EventIDGroups.tag(eventID))
        self.customer.append(UInt32(customer))
        time.append(instant)
        if usdCents >= 0 && usdCents < Int64(Self.largeAmount) {
            usdCentsColumn.append(UInt32(usdCents))
        } else {
            largeUSDCents[usdCentsColumn.count] = usdCents
            usdCentsColumn.append(Self.largeAmount)
        }
        self.currencyAndKind.append(currencyAndKind)
    }

    @inline(__always)
    func usdCents(_ row: Int) -> Int64 {
        let cents = usdCentsColumn[row]
        return cents == Self.largeAmount ? largeUSDCents[row]! : Int64(cents)
    }

    /// Same customer, instant, kind, currency and USD value: copies of one event id that agree.
    func sameContent(_ a: Int, _ b: Int) -> Bool {
        customer[a] == customer[b] && time[a] == time[b] && usdCents(a) == usdCents(b)
            && currencyAndKind[a] == currencyAndKind[b]
    }

    /// Frees the ids once repeats are settled: the rest of the work needs only the columns.
    mutating func releaseIDs() {
        ids = EventIDList()
        idTags.removeAll()
    }
}
