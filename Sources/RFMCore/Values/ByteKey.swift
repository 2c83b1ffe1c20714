/// A key (merchant id, user key, event id, source name, exclusion entry) that compares, hashes and
/// sorts by its UTF-8 bytes, as PostgreSQL compares `COLLATE "C"` text (SPEC §7, "Keys are bytes").
///
/// Swift's `String` equality and hashing follow Unicode canonical equivalence: "caf\u{E9}" (é as one
/// code point) and "cafe\u{301}" (e + combining accent) are `==` and share a hash, so a `Set<String>`
/// or a `[String: …]` of ids silently merges two merchants or customers the database keeps apart.
/// Every collection the job keys by an id uses this type instead; `String` itself keeps the bytes
/// it was made from, so only the comparison changes.
public struct ByteKey: Hashable, Comparable, Sendable, CustomStringConvertible, ExpressibleByStringLiteral {
    public let text: String

    public init(_ text: String) { self.text = text }
    public init(stringLiteral text: String) { self.text = text }

    /// From bytes the database or a checked file gave (valid UTF-8).
    public init(bytes: UnsafeRawBufferPointer) { text = String(decoding: bytes, as: UTF8.self) }

    public var description: String { text }

    public static func == (lhs: ByteKey, rhs: ByteKey) -> Bool { lhs.text.utf8.elementsEqual(rhs.text.utf8) }

    public static func < (lhs: ByteKey, rhs: ByteKey) -> Bool { lhs.text.utf8.lexicographicallyPrecedes(rhs.text.utf8) }

    public func hash(into hasher: inout Hasher) {
        let hashed: Void? = text.utf8.withContiguousStorageIfAvailable { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        if hashed == nil { for byte in text.utf8 { hasher.combine(byte) } }
        hasher.combine(text.utf8.count)
    }
}

extension String {
    /// Byte equality, as PostgreSQL's "C" collation: what `==` on two ids must mean here.
    public func sameBytes(as other: String) -> Bool { utf8.elementsEqual(other.utf8) }
}

extension Sequence where Element == String {
    /// The distinct strings by bytes, in first-seen order (a repeated `--merchant X` runs X once).
    public func uniquedByBytes() -> [String] {
        var seen = Set<ByteKey>()
        return filter { seen.insert(ByteKey($0)).inserted }
    }

    /// Sorted by bytes, as `ORDER BY … COLLATE "C"`.
    public func sortedByBytes() -> [String] { sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) } }
}
