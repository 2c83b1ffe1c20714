/// What PostgreSQL accepts as `text` in a UTF-8 database: well-formed UTF-8 (no overlong forms,
/// no surrogates, nothing past U+10FFFF) without NUL bytes. `COPY` refuses anything else, so
/// `score` does too, rather than repair it into U+FFFD and merge keys that differ (SPEC §7).
enum TextEncoding {
    /// True when every byte is ASCII other than NUL: the common case, eight bytes a step.
    @inline(__always)
    static func isPlainASCII(_ bytes: UnsafeRawBufferPointer) -> Bool {
        let highBits: UInt64 = 0x8080_8080_8080_8080, ones: UInt64 = 0x0101_0101_0101_0101
        var index = 0
        while index + 8 <= bytes.count {
            let word = bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            // A high bit set in `word`, or one borrowed into by a zero byte.
            if ((word &- ones) | word) & highBits != 0 { return false }
            index += 8
        }
        while index < bytes.count {
            if bytes[index] &- 1 >= 0x7F { return false }  // 0 wraps to 0xFF
            index += 1
        }
        return true
    }

    /// The offset of the first byte that is NUL or not part of a well-formed UTF-8 sequence.
    static func firstInvalidByte(in bytes: UnsafeRawBufferPointer) -> Int? {
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            if lead != 0 && lead < 0x80 {
                index += 1
                continue
            }
            // The ranges of Unicode's table 3-7: the second byte's excludes overlongs and surrogates.
            let length: Int, second: ClosedRange<UInt8>
            switch lead {
            case 0xC2...0xDF: (length, second) = (2, 0x80...0xBF)
            case 0xE0: (length, second) = (3, 0xA0...0xBF)
            case 0xE1...0xEC, 0xEE...0xEF: (length, second) = (3, 0x80...0xBF)
            case 0xED: (length, second) = (3, 0x80...0x9F)
            case 0xF0: (length, second) = (4, 0x90...0xBF)
            case 0xF1...0xF3: (length, second) = (4, 0x80...0xBF)
            case 0xF4: (length, second) = (4, 0x80...0x8F)
            default: return index  // NUL, a continuation byte, C0, C1, F5…FF
            }
            guard index + 1 < bytes.count, second.contains(bytes[index + 1]) else { return index }
            for offset in 2..<length {
                guard index + offset < bytes.count, (0x80...0xBF).contains(bytes[index + offset]) else { return index }
            }
            index += length
        }
        return nil
    }
}
