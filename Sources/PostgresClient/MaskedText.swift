/// A connection string's bytes and which of them are secret.
struct MaskedText {
    let bytes: [UInt8]
    let mask: [Bool]

    /// The secret stretches' bytes.
    var maskedRuns: [ArraySlice<UInt8>] {
        var runs: [ArraySlice<UInt8>] = []
        var index = 0
        while index < bytes.count {
            guard mask[index] else { index += 1; continue }
            let start = index
            while index < bytes.count, mask[index] { index += 1 }
            runs.append(bytes[start..<index])
        }
        return runs
    }

    /// `%xx` decoded; a decoded byte is secret if any of the three it came from was.
    func percentDecoded() -> MaskedText {
        var decoded: [UInt8] = [], decodedMask: [Bool] = []
        ConninfoSecrets.percentDecode(bytes[...]) { byte, source in
            decoded.append(byte)
            decodedMask.append(source.contains { mask[$0] })
        }
        return MaskedText(bytes: decoded, mask: decodedMask)
    }

    /// The bytes with every secret stretch replaced by the placeholder.
    func redacted() -> [UInt8] { ConninfoRedaction.render(bytes, mask: mask) }
}
