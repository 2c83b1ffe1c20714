/// A fast 64-bit hash for short byte strings (keys, ids, emails: mostly under 32 bytes), in the
/// style of wyhash: whole 8-byte loads mixed by 128-bit multiplication. Seeded randomly per
/// process, like Swift's own `Hasher`, so crafted keys cannot collide on purpose across runs;
/// nothing depends on the values, which only decide where a key sits in a table or a sort.
enum ByteHash {
    static let seed: UInt64 = UInt64.random(in: 1...UInt64.max)
    private static let prime0: UInt64 = 0xa076_1d64_78bd_642f
    private static let prime1: UInt64 = 0xe703_7ed1_a0b4_28db

    @inline(__always)
    private static func mix(_ a: UInt64, _ b: UInt64) -> UInt64 {
        let product = a.multipliedFullWidth(by: b)
        return product.high ^ product.low
    }

    @inline(__always)
    private static func load64(_ bytes: UnsafeRawBufferPointer, _ offset: Int) -> UInt64 {
        UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
    }

    @inline(__always)
    private static func load32(_ bytes: UnsafeRawBufferPointer, _ offset: Int) -> UInt64 {
        UInt64(UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt32.self)))
    }

    @inline(__always)
    static func hash(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        let count = bytes.count
        var state = seed ^ prime0
        var a: UInt64 = 0, b: UInt64 = 0
        if count <= 16 {
            if count >= 8 {
                a = load64(bytes, 0)
                b = load64(bytes, count - 8)
            } else if count >= 4 {
                a = load32(bytes, 0)
                b = load32(bytes, count - 4)
            } else if count > 0 {
                a = UInt64(bytes[0]) << 16 | UInt64(bytes[count >> 1]) << 8 | UInt64(bytes[count - 1])
            }
        } else {
            var offset = 0
            while count - offset > 16 {
                state = mix(load64(bytes, offset) ^ prime1, load64(bytes, offset + 8) ^ state)
                offset += 16
            }
            a = load64(bytes, count - 16)
            b = load64(bytes, count - 8)
        }
        return mix(prime1 ^ UInt64(count), mix(a ^ prime1, b ^ state))
    }
}
