import Crypto

/// SHA-256 of a normalised email (SPEC §3): lower(trim(email)), the form ad platforms' hashed
/// audience matching expects. The plaintext is never stored.
public struct EmailHash: Hashable, Sendable, CustomStringConvertible {
    /// The 32 digest bytes, big-endian in four words: inline (no million arrays for a million
    /// customers) and 8-byte aligned (a SIMD vector's 32-byte alignment would pad every record).
    let words: (UInt64, UInt64, UInt64, UInt64)

    /// A placeholder for storage that a flag marks as not holding a hash yet.
    static let unset = EmailHash(words: (0, 0, 0, 0))

    private init(words: (UInt64, UInt64, UInt64, UInt64)) { self.words = words }

    public init?(email raw: UnsafeRawBufferPointer) {
        guard let normalized = Self.normalize(raw) else { return nil }
        // Read in place: an array of words would be one more allocation per hash.
        words = SHA256.hash(data: normalized).withUnsafeBytes { digest in
            func word(_ index: Int) -> UInt64 { UInt64(bigEndian: digest.loadUnaligned(fromByteOffset: 8 * index, as: UInt64.self)) }
            return (word(0), word(1), word(2), word(3))
        }
    }

    private func word(_ index: Int) -> UInt64 {
        switch index {
        case 0: words.0
        case 1: words.1
        case 2: words.2
        default: words.3
        }
    }

    public static func == (lhs: EmailHash, rhs: EmailHash) -> Bool { lhs.words == rhs.words }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(words.0)
        hasher.combine(words.1)
        hasher.combine(words.2)
        hasher.combine(words.3)
    }

    /// Nil when nothing is left after trimming.
    public init?(email: String) {
        var email = email
        guard let hash = email.withUTF8({ EmailHash(email: UnsafeRawBufferPointer($0)) }) else { return nil }
        self = hash
    }

    /// Lowercase hex, 64 characters.
    public var description: String { withHex { String(decoding: $0, as: UTF8.self) } }

    /// Calls `body` with the lowercase hex digits, from a stack buffer: writing a million
    /// hashes should not allocate a million strings.
    public func withHex<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        try withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 64) { buffer in
            for index in 0..<32 {
                let byte = UInt8(truncatingIfNeeded: word(index / 8) >> (56 - 8 * UInt64(index % 8)))
                buffer[2 * index] = Self.hexDigits[Int(byte >> 4)]
                buffer[2 * index + 1] = Self.hexDigits[Int(byte & 0x0F)]
            }
            return try body(UnsafeRawBufferPointer(buffer))
        }
    }

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    /// False for an empty or all-blank field, which counts as no email at all.
    static func hasAddress(_ raw: UnsafeRawBufferPointer) -> Bool {
        if raw.contains(where: { $0 >= 0x80 }) { return normalize(raw) != nil }
        return raw.contains { !($0 == 0x20 || (0x09...0x0D).contains($0)) }
    }

    /// Trims white space at both ends and lowercases. ASCII (nearly every address) takes a byte
    /// path; anything else goes through Unicode's white-space property and lowercase mapping.
    static func normalize(_ raw: UnsafeRawBufferPointer) -> [UInt8]? {
        if !raw.contains(where: { $0 >= 0x80 }) {
            let isSpace: (UInt8) -> Bool = { $0 == 0x20 || (0x09...0x0D).contains($0) }
            guard let first = raw.firstIndex(where: { !isSpace($0) }) else { return nil }
            let last = raw.lastIndex(where: { !isSpace($0) })!
            return raw[first...last].map { (0x41...0x5A).contains($0) ? $0 + 0x20 : $0 }
        }
        let scalars = String(decoding: raw, as: UTF8.self).unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return nil }
        let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
        return Array(String(scalars[first...last]).lowercased().utf8)
    }
}
