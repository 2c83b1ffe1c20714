/// `rfm-nightly score` without its I/O: purchase events as CSV bytes in, scored customers out.
///
/// Each record becomes the same `EventRow` the database reader builds and goes to the same
/// `EventAccumulator`, one per merchant, so the file scores exactly as the database run scores
/// the same rows: amounts are read exactly into cents (`AmountText`), rows breaking SPEC §1 are
/// skipped and counted by the accumulator's reasons, rows at or after the cutoff are ignored.
/// Records the CSV layer cannot turn into a row at all (which a typed table cannot hold) are
/// counted apart, in `unreadable`. A field that is no text to PostgreSQL (not UTF-8, or with a
/// NUL) ends the file, as it would end a `COPY` of it: `InvalidCSVText`.
///
/// Merchants are told apart by their bytes (SPEC §7), like the user keys the accumulator interns:
/// a Swift `String` would take é and e + ◌́ for one merchant.
public struct CSVEventScoring {
    /// Why a record could not become an event row.
    public enum UnreadableReason: String, Sendable, Comparable, CaseIterable {
        /// Not as many fields as the header.
        case fieldCount = "field_count"
        /// `occurred_at` is no timestamp `InstantText` reads.
        case malformedTime = "malformed_time"
        /// No merchant: there is no ranking to put the row in.
        case noMerchant = "no_merchant"

        public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// One merchant's scores (in user-key byte order) and what reading its rows found.
    public struct MerchantResult: Sendable {
        public var merchant: String
        public var scores: ScoredCustomers
        public var quality: DataQuality
    }

    let window: ScoringWindow
    let settings: ScoringSettings
    let rates: FXRates
    /// The merchants to score, by their UTF-8 bytes; nil for all.
    let merchantFilter: Set<[UInt8]>?

    private var reader = CSVReader()
    private var columns: EventCSVColumns?
    /// Every merchant seen, filtered out or not, by bytes.
    private var merchantIDs = ByteStringTable(expectedCount: 16)
    /// For each of `merchantIDs`, its accumulator's index; nil when the filter leaves it out.
    private var slots: [Int?] = []
    private var merchants: [String] = []
    private var accumulators: [EventAccumulator] = []
    /// The last record's merchant: rows of one merchant tend to come together.
    private var lastMerchantBytes: [UInt8] = []
    private var lastMerchant: Int?

    public private(set) var records = 0
    public private(set) var unreadable: [UnreadableReason: Int] = [:]
    /// Rows of merchants the filter left out.
    public private(set) var otherMerchantRows = 0

    /// `merchants`: score only these (compared by bytes, so é and e + ◌́ select different ones).
    public init(asOf: CivilDate, settings: ScoringSettings = .default, rates: FXRates = .seed, merchants: [String]? = nil) {
        window = ScoringWindow(asOf: asOf, days: settings.windowDays)
        self.settings = settings
        self.rates = rates
        merchantFilter = merchants.map { Set($0.map { Array($0.utf8) }) }
    }

    /// Reads the next piece of the file (any split is fine).
    public mutating func consume(_ chunk: UnsafeRawBufferPointer) throws {
        // Moved out while it calls back into self, so its buffers stay uniquely owned (no copy).
        var reader = CSVReader()
        swap(&reader, &self.reader)
        defer { swap(&reader, &self.reader) }
        try reader.consume(chunk) { try take($0) }
    }

    /// Ends the file and scores every merchant, in merchant byte order.
    public mutating func finish() throws -> [MerchantResult] {
        var reader = CSVReader()
        swap(&reader, &self.reader)
        try reader.finish { try take($0) }
        guard columns != nil else { throw EventCSVColumns.MissingColumns(names: EventCSVColumns.required) }
        let scorer = try CustomerScorer(settings: settings)
        let order = merchants.indices.sorted { merchants[$0].utf8.lexicographicallyPrecedes(merchants[$1].utf8) }
        var results: [MerchantResult] = []
        for index in order {
            let measures = try accumulators[index].finish()
            results.append(MerchantResult(merchant: merchants[index], scores: try scorer.score(measures.customers), quality: measures.quality))
        }
        accumulators = []
        return results
    }

    private mutating func take(_ record: CSVRecord) throws {
        if let invalid = record.firstInvalidText() {
            throw InvalidCSVText(line: record.line, column: columns?.name(of: invalid.field) ?? "\(invalid.field + 1) of the header",
                                 byte: invalid.byte, position: invalid.offset + 1)
        }
        guard let columns else {
            columns = try EventCSVColumns(header: record.texts)
            return
        }
        records += 1
        guard record.count == columns.width else { return unreadable[.fieldCount, default: 0] += 1 }
        guard let merchantBytes = record.field(columns.merchantID) else { return unreadable[.noMerchant, default: 0] += 1 }
        let occurredAt: EventTime?
        if let text = record.field(columns.occurredAt) {
            guard let instant = InstantText.parse(text) else { return unreadable[.malformedTime, default: 0] += 1 }
            occurredAt = instant
        } else {
            occurredAt = nil  // NULL: the accumulator counts it as null_field
        }
        guard let merchant = merchantSlot(merchantBytes) else {
            otherMerchantRows += 1
            return
        }
        accumulators[merchant].add(EventRow(
            eventID: record.field(columns.eventID), userKey: record.field(columns.userKey),
            email: columns.email.flatMap { record.field($0) }, occurredAt: occurredAt,
            amount: record.field(columns.amount).map(AmountText.parse),
            currency: record.field(columns.currency), kind: record.field(columns.kind)
        ))
    }

    /// The accumulator for this merchant, made on first sight; nil when the filter excludes it.
    private mutating func merchantSlot(_ bytes: UnsafeRawBufferPointer) -> Int? {
        if let lastMerchant, lastMerchantBytes.elementsEqual(bytes) {
            return lastMerchant >= 0 ? lastMerchant : nil
        }
        lastMerchantBytes = Array(bytes)
        let (id, inserted) = merchantIDs.intern(bytes)
        if inserted {
            if let filter = merchantFilter, !filter.contains(lastMerchantBytes) {
                slots.append(nil)
            } else {
                slots.append(merchants.count)
                merchants.append(String(decoding: bytes, as: UTF8.self))  // checked UTF-8: the bytes stay as they are
                accumulators.append(EventAccumulator(window: window, settings: settings, rates: rates))
            }
        }
        lastMerchant = slots[id] ?? -1
        return slots[id]
    }
}
