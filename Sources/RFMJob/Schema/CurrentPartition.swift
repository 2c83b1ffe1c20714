import PostgresClient
import RFMCore

/// Where a merchant's rows of `customer_ltv` live (migration 070): most merchants share the
/// default partition `customer_ltv_shared`; a large one, once its staged current state has been
/// swapped in, has a partition of its own, which each night empties with TRUNCATE (fresh storage).
public enum CurrentPartition: Equatable, Sendable {
    case own(String)
    case shared

    static let sharedName = "customer_ltv_shared"

    /// Customers from which a merchant is large: its current state is built beside its history
    /// (`StagedCurrentState`) and swapped in as a partition of its own. Below it, a second
    /// connection and a partition cost more than they save.
    public static let ownFrom = 50_000

    /// The partition's table name, to read a merchant's rows without locking `customer_ltv`
    /// itself (see `SegmentTransitionRecorder.currentPartition`).
    var name: String {
        switch self {
        case .own(let name): name
        case .shared: Self.sharedName
        }
    }

    /// The merchant's partition, as the catalog has it now. Creates nothing.
    static func of(_ merchant: String, on connection: Connection) throws -> CurrentPartition {
        let name = try connection.execute("SELECT rfm_ensure_current_partition($1)", [merchant]).scalar ?? sharedName
        return name == sharedName ? .shared : .own(name)
    }

    /// Gives the merchant a partition of its own, its rows moved there, in a short transaction
    /// of its own (`rfm_give_own_partition`): before a large merchant's run, whose transaction
    /// then writes its rows into fresh storage. Call holding the merchant's lock.
    static func giveOwn(to merchant: String, on connection: Connection) throws -> CurrentPartition {
        try connection.transaction {
            .own(try connection.execute("SELECT rfm_give_own_partition($1)", [merchant]).scalar!)
        }
    }

    /// Every merchant that has a partition of its own: few (large merchants only), read once a
    /// night from the partitions' bounds (`FOR VALUES IN ('…')`, quotes doubled).
    static func ownMerchants(on connection: Connection) throws -> Set<ByteKey> {
        Set(try connection.execute("""
            SELECT replace((regexp_match(pg_get_expr(c.relpartbound, c.oid), $re$^FOR VALUES IN \\('(.*)'\\)$$re$))[1], '''''', '''')
            FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
            WHERE i.inhparent = 'customer_ltv'::regclass AND c.relname <> 'customer_ltv_shared'
            """).rows.compactMap { row in row[0].map { ByteKey($0) } })
    }
}
