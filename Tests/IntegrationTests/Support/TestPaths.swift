import Foundation

/// Where the repository's files are, found from this source file so that no package resources
/// are needed. The tests sit at different depths (`Database/`, `EndToEnd/`); this file does not move.
enum TestPaths {
    /// Tests/IntegrationTests.
    static let integrationTests = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    /// Tests.
    static let tests = integrationTests.deletingLastPathComponent()
    /// The package root.
    static let repository = tests.deletingLastPathComponent()
}
