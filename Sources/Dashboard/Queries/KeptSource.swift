import Foundation
import PostgresClient
import RFMJob

/// The source relation the drill-downs read events from, resolved once a minute rather than per
/// request: resolving checks the relation's columns, types and collations in five catalog
/// statements, which cost a drill-down more than its own three. A source renamed or retyped
/// shows within `timeToLive`, as ReportCache's reports do.
public final class KeptSource: @unchecked Sendable {
    public let name: String
    public let timeToLive: Duration
    private let clock = ContinuousClock()
    private let lock = NSLock()
    private var kept: (relation: SourceRelation, resolvedAt: ContinuousClock.Instant)?

    public init(name: String = SourceRelation.defaultName, timeToLive: Duration = .seconds(60)) {
        self.name = name
        self.timeToLive = timeToLive
    }

    /// The kept relation, or one resolved on `connection` (a failure is not kept).
    public func relation(on connection: Connection) throws -> SourceRelation {
        if let kept = lock.withLock({ kept }), clock.now - kept.resolvedAt < timeToLive { return kept.relation }
        let relation = try SourceRelation.resolve(name, on: connection)
        lock.withLock { kept = (relation, clock.now) }
        return relation
    }
}
