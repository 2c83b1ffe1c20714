extension BinaryCopyEncoder {
    /// A `double precision`: the IEEE 754 bits, big-endian.
    public mutating func appendFloat64(_ value: Double) {
        appendInteger(Int32(8))
        appendInteger(value.bitPattern)
    }
}
