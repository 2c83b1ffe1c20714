import Foundation

/// Where the repository's files are, found from this source file so that no package resources
/// are needed. This folder is compiled into two targets (IntegrationTests, and EndToEndTests
/// through a symbolic link), so the paths start from `Tests/`, the same from both.
enum TestPaths {
    /// Tests.
    static let tests = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // Support
        .deletingLastPathComponent()  // IntegrationTests or EndToEndTests
        .deletingLastPathComponent()
    /// Tests/IntegrationTests, where the SQL fixtures are.
    static let integrationTests = tests.appending(path: "IntegrationTests")
    /// The package root.
    static let repository = tests.deletingLastPathComponent()
}
