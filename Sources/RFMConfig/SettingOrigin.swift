/// Where a value came from.
public enum SettingOrigin: Sendable, Equatable, CustomStringConvertible {
    case builtIn
    /// The file's `defaults` section, at this line.
    case fileDefaults(line: Int?)
    /// A merchant's own section of the file.
    case merchantSection(String, line: Int?)
    /// A command-line option such as "--window-days".
    case commandLine(String)

    public var description: String {
        switch self {
        case .builtIn: "built-in"
        case .fileDefaults(let line): "defaults" + (line.map { ", line \($0)" } ?? "")
        case .merchantSection(_, let line): "merchant" + (line.map { ", line \($0)" } ?? "")
        case .commandLine(let option): option
        }
    }
}
