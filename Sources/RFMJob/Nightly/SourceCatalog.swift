import PostgresClient
import RFMCore

/// Source relations resolved once per run, by name as written; a failure is remembered too.
struct SourceCatalog {
    let connection: Connection
    private(set) var resolved: [ByteKey: Result<SourceRelation, JobFailure>] = [:]

    init(connection: Connection) { self.connection = connection }

    mutating func relation(_ name: String) throws -> SourceRelation {
        if let known = resolved[ByteKey(name)] { return try known.get() }
        do {
            let relation = try SourceRelation.resolve(name, on: connection)
            resolved[ByteKey(name)] = .success(relation)
            return relation
        } catch {
            let failure = JobFailure.classify(error)
            if failure.category == .missingInput { resolved[ByteKey(name)] = .failure(failure) }
            throw failure
        }
    }
}
