@testable import RFMCore

/// A test row in plain Swift values; `add(to:)` lends its bytes to the accumulator.
struct TestEvent {
    var id: String?
    var user: String?
    var email: String? = nil
    var at: EventTime?
    var amount: AmountReading? = .cents(1000)
    var currency: String? = "USD"
    var kind: String? = "purchase"

    init(
        _ id: String?, user: String?, at instant: Int64?, cents: Int64 = 1000, currency: String? = "USD",
        kind: String? = "purchase", email: String? = nil
    ) {
        self.id = id
        self.user = user
        self.at = instant.map(EventTime.unixMicroseconds)
        self.amount = .cents(cents)
        self.currency = currency
        self.kind = kind
        self.email = email
    }

    func add(to accumulator: inout EventAccumulator) {
        withRow { accumulator.add($0) }
    }

    /// Calls `body` with the row, its bytes lent for the call.
    func withRow(_ body: (EventRow) -> Void) {
        withBytes(id) { id in
            withBytes(user) { user in
                withBytes(email) { email in
                    withBytes(currency) { currency in
                        withBytes(kind) { kind in
                            body(EventRow(
                                eventID: id, userKey: user, email: email, occurredAt: at,
                                amount: amount, currency: currency, kind: kind
                            ))
                        }
                    }
                }
            }
        }
    }

    private func withBytes(_ text: String?, _ body: (UnsafeRawBufferPointer?) -> Void) {
        guard var text else { return body(nil) }
        text.withUTF8 { body(UnsafeRawBufferPointer($0)) }
    }
}

extension CivilDate {
    /// Microseconds since the Unix epoch at `hour`:00 UTC of this date.
    func at(hour: Int) -> Int64 { startUnixMicroseconds + Int64(hour) * 3_600_000_000 }
}

/// Accumulates `events` for as-of 2026-11-24 with a 365-day window and the seed's rates.
func measure(
    _ events: [TestEvent], asOf: CivilDate = CivilDate(iso: "2026-11-24")!,
    settings: ScoringSettings = .default, rates: FXRates = .seed
) throws -> MerchantMeasures {
    var accumulator = EventAccumulator(
        window: ScoringWindow(asOf: asOf, days: settings.windowDays), settings: settings, rates: rates
    )
    for event in events { event.add(to: &accumulator) }
    return try accumulator.finish()
}
