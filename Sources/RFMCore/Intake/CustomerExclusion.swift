/// Which customers a run leaves out entirely: keys matching a pattern, and keys listed in the
/// exclusion table. Decided once per customer; an excluded customer's rows are counted, not used.
public struct CustomerExclusion: Sendable, Equatable {
    public var patterns: [UserKeyPattern]
    public var keys: Set<ByteKey>

    public init(patterns: [UserKeyPattern] = [], keys: Set<ByteKey> = []) {
        self.patterns = patterns
        self.keys = keys
    }

    public var isEmpty: Bool { patterns.isEmpty && keys.isEmpty }

    public func excludes(_ key: UnsafeRawBufferPointer) -> Bool {
        if patterns.contains(where: { $0.matches(key) }) { return true }
        return !keys.isEmpty && keys.contains(ByteKey(bytes: key))
    }
}
