/// A user-key pattern from the configuration (`exclude_user_keys`), a glob: `*` matches any run
/// of characters (none included), `?` exactly one character, anything else only itself, case
/// and byte for byte. `anon-*` matches every key that starts with "anon-"; a pattern without
/// wildcards matches one key. There is no escape: `*` and `?` are always wildcards.
///
/// Matching runs once per distinct customer (when the accumulator first sees a key), never per
/// row, so a handful of patterns costs nothing measurable on millions of rows.
public struct UserKeyPattern: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let text: String
    private let bytes: [UInt8]

    /// Nil for the empty pattern, which would match nothing and is surely a mistake.
    public init?(_ text: String) {
        guard !text.isEmpty else { return nil }
        self.text = text
        bytes = Array(text.utf8)
    }

    public var description: String { text }

    public static func < (lhs: UserKeyPattern, rhs: UserKeyPattern) -> Bool { lhs.bytes.lexicographicallyPrecedes(rhs.bytes) }

    public func matches(_ key: String) -> Bool {
        var key = key
        return key.withUTF8 { matches(UnsafeRawBufferPointer($0)) }
    }

    /// Glob matching with one backtrack point (the last `*`): linear in practice, O(n·m) at worst.
    public func matches(_ key: UnsafeRawBufferPointer) -> Bool {
        let star = UInt8(ascii: "*"), any = UInt8(ascii: "?")
        var p = 0, k = 0
        var starAt = -1, keyAtStar = 0
        while k < key.count {
            if p < bytes.count, bytes[p] == star {
                starAt = p
                keyAtStar = k
                p += 1
            } else if p < bytes.count, bytes[p] == any {
                p += 1
                k = Self.nextCharacter(in: key, after: k)
            } else if p < bytes.count, bytes[p] == key[k] {
                p += 1
                k += 1
            } else if starAt >= 0 {
                p = starAt + 1
                keyAtStar = Self.nextCharacter(in: key, after: keyAtStar)
                k = keyAtStar
            } else {
                return false
            }
        }
        while p < bytes.count, bytes[p] == star { p += 1 }
        return p == bytes.count
    }

    /// Index of the character after the one starting at `index` (UTF-8: skip continuation bytes).
    private static func nextCharacter(in key: UnsafeRawBufferPointer, after index: Int) -> Int {
        var next = index + 1
        while next < key.count, key[next] & 0xC0 == 0x80 { next += 1 }
        return next
    }
}
