import Testing
@testable import RFMCore

@Suite struct UserKeyPatternTests {
    @Test(arguments: [
        ("anon-*", "anon-", true), ("anon-*", "anon-42", true), ("anon-*", "anonymous", false), ("anon-*", "x-anon-1", false),
        ("*@test.example", "qa@test.example", true), ("*@test.example", "qa@test.example.com", false),
        ("guest-???", "guest-123", true), ("guest-???", "guest-12", false), ("guest-???", "guest-1234", false),
        ("a*b*c", "abc", true), ("a*b*c", "a-b-b-c", true), ("a*b*c", "a-c-b", false),
        ("*", "", true), ("*", "anything", true), ("exact", "exact", true), ("exact", "Exact", false),
        ("?", "é", true), ("??", "é", false), ("é*", "élan", true), ("*-*-*", "a-b", false),
    ])
    func globs(pattern: String, key: String, matches: Bool) throws {
        let compiled = try #require(UserKeyPattern(pattern))
        #expect(compiled.matches(key) == matches, "\(pattern) ~ \(key)")
    }

    @Test func theEmptyPatternIsRefused() {
        #expect(UserKeyPattern("") == nil)
    }
}
