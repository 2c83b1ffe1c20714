/// The rows of a backfill whose event id another row shares, with everything needed to compare
/// copies, in arrival order; settled window by window with the nightly run's rules.
struct RepeatedRows {
    private(set) var rows: [Int] = []
    private(set) var group: [UInt32] = []
    private(set) var customer: [UInt32] = []
    private(set) var time: [Int64] = []
    private(set) var usdCents: [Int64] = []
    private(set) var currencyAndKind: [UInt32] = []
    let groupCount: Int
    /// Per id group, for the window being settled: its first copy there (an index in `rows`), and
    /// whether a copy there disagrees with it.
    private var firstInWindow: [Int]
    private var conflicting: [Bool]

    init(groupCount: Int) {
        self.groupCount = groupCount
        firstInWindow = Array(repeating: -1, count: groupCount)
        conflicting = Array(repeating: false, count: groupCount)
    }

    mutating func append(row: Int, group: UInt32, customer: UInt32, time: Int64, usdCents: Int64, currencyAndKind: UInt32) {
        rows.append(row)
        self.group.append(group)
        self.customer.append(customer)
        self.time.append(time)
        self.usdCents.append(usdCents)
        self.currencyAndKind.append(currencyAndKind)
    }

    /// Same customer, instant, kind, currency and USD value (the unknown-rate flag follows the currency).
    func sameContent(_ a: Int, _ b: Int) -> Bool {
        customer[a] == customer[b] && time[a] == time[b] && usdCents[a] == usdCents[b] && currencyAndKind[a] == currencyAndKind[b]
    }

    /// The copies in `window`: the first of each clean id is summed, the others counted as
    /// repeats; every copy of an id whose copies disagree there is skipped (SPEC §1).
    mutating func settle(in window: Range<Int64>, into sums: inout CustomerAggregates, quality: inout DataQuality) {
        for index in rows.indices where window.contains(time[index]) {
            let id = Int(group[index])
            if firstInWindow[id] < 0 {
                firstInWindow[id] = index
            } else if !sameContent(index, firstInWindow[id]) {
                conflicting[id] = true
            }
        }
        let purchase = UInt32(EventKind.purchase.rawValue) << 24
        for index in rows.indices where window.contains(time[index]) {
            let id = Int(group[index])
            if conflicting[id] {
                quality.skip(.conflictingDuplicate)
            } else if firstInWindow[id] != index {
                quality.duplicatesIgnored += 1
            } else {
                sums.add(
                    customer: Int(customer[index]), instant: time[index], usdCents: usdCents[index],
                    isPurchase: currencyAndKind[index] & 0x3F00_0000 == purchase
                )
            }
        }
        for index in rows.indices {
            firstInWindow[Int(group[index])] = -1
            conflicting[Int(group[index])] = false
        }
    }

    /// Copies that disagree with their id's first copy (by time, then arrival) anywhere in the
    /// series: what `--strict` refuses before the first date is written.
    func conflictsAcrossSeries() -> Int {
        var first = [Int](repeating: -1, count: groupCount)
        for index in rows.indices {
            let id = Int(group[index])
            if first[id] < 0 || time[index] < time[first[id]] { first[id] = index }
        }
        return rows.indices.count(where: { !sameContent($0, first[Int(group[$0])]) })
    }
}
