/// One schema change: a file of `migrations/`, embedded in the binary at build time.
public struct Migration: Sendable, Equatable {
    /// The file name without `.sql`, e.g. "001_initial"; recorded in `schema_migrations`.
    public let version: String
    public let sql: String

    public static let all: [Migration] = EmbeddedMigrations.all.map {
        Migration(version: String($0.name.dropLast(".sql".count)), sql: $0.sql)
    }
}
