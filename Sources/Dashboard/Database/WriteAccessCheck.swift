import PostgresClient
import RFMJob

/// What `serve` checks before it listens: that its role cannot change what the job wrote. The
/// server only reads, and its sessions are read-only by default, but a default can be changed
/// in SQL by anyone connected; a role that has no write privilege cannot be talked into one.
public enum WriteAccessCheck {
    /// The job's tables (schema_migrations included: the server must not migrate either).
    static let tables = [
        "customer_ltv", "customer_ltv_shared", "customer_ltv_history", "segment_transitions", "rfm_runs", "rfm_merchants",
        "fx_rates", "purchase_events", "schema_migrations",
    ]
    static let privileges = ["INSERT", "UPDATE", "DELETE", "TRUNCATE"]

    /// What the role may do that a reader should not: "superuser", or "INSERT on customer_ltv", …
    public static func writePowers(on connection: Connection) throws -> [String] {
        if try connection.execute("SELECT rolsuper FROM pg_roles WHERE rolname = current_user").scalar == "t" {
            return ["superuser"]
        }
        return try connection.execute("""
            SELECT p || ' on ' || t FROM unnest($1::text[]) WITH ORDINALITY AS tables (t, table_order),
                 unnest($2::text[]) WITH ORDINALITY AS privileges (p, privilege_order)
            WHERE to_regclass(t) IS NOT NULL AND has_table_privilege(to_regclass(t), p)
            ORDER BY table_order, privilege_order
            """, [PostgresArray.text(tables), PostgresArray.text(privileges)]).rows.compactMap { $0[0] }
    }

    /// Refuses (permission denied, 77) a role that can write.
    public static func requireReadOnly(on connection: Connection) throws {
        let powers = try writePowers(on: connection)
        guard let first = powers.first else { return }
        let role = try connection.execute("SELECT current_user::text").scalar ?? "?"
        throw JobFailure(
            .permissionDenied,
            "the database role \"\(role)\" can write (\(first == "superuser" ? "it is a superuser" : first)\(powers.count > 1 ? " and \(powers.count - 1) more" : "")): "
                + "serve reads only, so connect it with a role that has SELECT alone, or pass --allow-write"
        )
    }
}
