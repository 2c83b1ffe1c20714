/// What a customer carries whatever the window: the first purchase, the latest email (its time
/// and its index among the interned emails), and whether configuration leaves them out.
struct CustomerState {
    var firstPurchase: Int64 = .max
    var emailAt: Int64 = .min
    var emailIndex: UInt32 = EventIntake.noEmail
    var excluded = false
}
