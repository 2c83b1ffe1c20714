/// `occurred_at`: an instant in microseconds since the Unix epoch, or ±infinity.
public enum EventTime: Sendable, Equatable {
    case unixMicroseconds(Int64)
    case infinite
}
