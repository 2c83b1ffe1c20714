/// One merchant's events, read once, scored for a series of as-of dates: a backfill.
///
/// A nightly run for date D reads the rows before D and keeps those in [D − W, D). Here the
/// rows of every window in the series are read together and kept in compact columns, in arrival
/// order; each date then sums the rows of its window afresh with the nightly run's rules (one
/// count per event id, no count for an id whose copies disagree in that window). Summing
/// millions of in-memory rows takes milliseconds, against seconds for reading them again, and
/// sharing the rules is what makes a backfilled date equal its nightly run.
public struct BackfillSeries {
    public let firstDate: CivilDate
    public let lastDate: CivilDate
    let windowDays: Int
    var intake: EventIntake

    /// Rows in [firstDate − W, lastDate), one per copy (duplicates included); their event ids are
    /// grouped when reading ends (`EventIDGroups`). `currencyAndKind`: currency (low 24 bits),
    /// kind (bits 24–29), `unknownRateBit` when the rate was guessed.
    var rows = EventColumns()
    static let unknownRateBit: UInt32 = 1 << 30

    /// Emails of rows on or after `firstDate`, applied as the dates pass them.
    var laterEmails = ChunkedColumn<LaterEmail>()

    struct LaterEmail {
        let instant: Int64
        let customer: UInt32
        let email: UInt32
    }

    public init(
        from firstDate: CivilDate, through lastDate: CivilDate, settings: ScoringSettings, rates: FXRates,
        excludedKeys: Set<ByteKey> = []
    ) {
        precondition(firstDate <= lastDate, "a series needs at least one date")
        self.firstDate = firstDate
        self.lastDate = lastDate
        windowDays = settings.windowDays
        intake = EventIntake(
            cutoff: lastDate.startUnixMicroseconds, emailHorizon: firstDate.startUnixMicroseconds,
            settings: settings, rates: rates, excludedKeys: excludedKeys
        )
    }

    /// The earliest instant any window of the series covers: rows before it are only folded
    /// into first purchases and emails. Readers may use it; they must still send earlier rows.
    public var earliestWindowStart: Int64 { firstDate.adding(days: -windowDays).startUnixMicroseconds }

    /// What reading found, over the whole read (not per date).
    public var quality: DataQuality { intake.quality }

    @inline(__always)
    public mutating func add(_ row: EventRow) {
        guard let event = intake.accept(row) else { return }
        if let email = event.email {
            laterEmails.append(LaterEmail(instant: event.instant, customer: UInt32(event.customer), email: intake.internEmail(email)))
        }
        guard event.instant >= earliestWindowStart else { return }
        rows.append(
            eventID: event.eventID, customer: event.customer, instant: event.instant, usdCents: event.usdCents,
            currencyAndKind: event.currencyAndKind | (event.rateUnknown ? Self.unknownRateBit : 0)
        )
    }
}
