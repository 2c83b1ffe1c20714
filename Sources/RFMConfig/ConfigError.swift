/// A configuration that cannot be used, as one line naming where: the file and line when the
/// problem is in the file, the key path, and what is wrong.
///
///     rfm.yaml:14: merchants.acme-outdoor.window_days: must be a whole number from 1 to 3650, not 0
///     command line: --scheme: scheme gappy has no rule for R1 F1 M1 (and 99 more) and no fallback
public struct ConfigError: Error, CustomStringConvertible, Equatable, Sendable {
    /// The file's path as given, or "command line".
    public var location: String
    public var line: Int?
    /// Dotted key path ("defaults.weights.recency") or option ("--window-days"); nil for syntax errors.
    public var key: String?
    public var problem: String

    public init(location: String, line: Int? = nil, key: String? = nil, problem: String) {
        self.location = location
        self.line = line
        self.key = key
        self.problem = problem
    }

    public var description: String {
        var text = location
        if let line { text += ":\(line)" }
        if let key { text += ": \(key)" }
        return text + ": " + problem
    }
}
