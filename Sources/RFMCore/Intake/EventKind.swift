/// How the job treats a row's `kind`.
public enum EventKind: UInt8, Sendable {
    case purchase = 1
    case refund = 2
}
