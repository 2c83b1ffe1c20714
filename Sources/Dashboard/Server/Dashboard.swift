import Hummingbird
import Logging
import PostgresClient
import RFMJob

/// `rfm-nightly serve`: the read-only web dashboard over the tables the job writes (docs/DASHBOARD.md).
/// Built once at start by `prepare`, which refuses what would make it unsafe to run (an old
/// schema, a role that can write); `router` gives the routes, `application` the server.
public struct Dashboard: Sendable {
    public let pool: ConnectionPool
    public let tokens: TokenRegistry
    /// Merchant reports between requests (ReportCache): the tiles of a large merchant's page.
    public let reports = ReportCache()
    /// The drill-downs' source relation, resolved once a minute (KeptSource).
    public let source = KeptSource()
    /// Adds `Secure` to the session cookie: behind a TLS proxy.
    public let secureCookie: Bool
    public let logger: Logger

    /// Connects once to check the schema is current (78 if not) and that the role cannot write
    /// (77 unless `allowWrite`, which logs a warning instead), then opens the pool.
    public static func prepare(
        conninfo: String?, connections: Int, queueWait: Duration = .seconds(5), allowWrite: Bool, tokens: TokenRegistry, secureCookie: Bool = false, logger: Logger
    ) throws -> Dashboard {
        let connection = try SessionSetup.open(conninfo: conninfo)
        try Migrator(connection: connection, logger: logger).requireCurrent()
        if allowWrite {
            let powers = try WriteAccessCheck.writePowers(on: connection)
            if !powers.isEmpty {
                logger.warning("SERVING WITH A ROLE THAT CAN WRITE (--allow-write): a read-only role is safer; sessions are still read-only by default", metadata: [
                    "db.write_privileges": "\(powers.joined(separator: ", "))",
                ])
            }
        } else {
            try WriteAccessCheck.requireReadOnly(on: connection)
        }
        return Dashboard(pool: ConnectionPool(conninfo: conninfo, size: connections, queueWait: queueWait, logger: logger), tokens: tokens, secureCookie: secureCookie, logger: logger)
    }

    public func router() -> Router<BasicRequestContext> {
        let router = Router()
        addLoginRoutes(to: router)
        addPageRoutes(to: router)
        addAPIRoutes(to: router)
        return router
    }

    public func application(host: String, port: Int, onRunning: @escaping @Sendable (Int) async -> Void = { _ in }) -> some ApplicationProtocol {
        Application(
            router: router(),
            configuration: ApplicationConfiguration(address: .hostname(host, port: port), serverName: nil),
            onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? port) },
            logger: logger
        )
    }

    /// The request's grant, or 401.
    func grant(_ request: Request) throws -> MerchantGrant {
        guard let token = Credential.token(in: request.headers), let grant = tokens.grant(for: token) else { throw Problem.unauthorized }
        return grant
    }

    /// The grant, checked for `merchant`: 401 without a valid token, 403 (the same answer whether
    /// the merchant exists or not) outside it.
    func grant(_ request: Request, merchant: String) throws -> MerchantGrant {
        let grant = try grant(request)
        guard grant.allows(merchant) else { throw Problem.forbidden }
        return grant
    }

    /// Whether the merchant has scores: a 404 of our own words (MerchantDirectory's would list
    /// other merchants, which a token for one merchant must not learn).
    /// Returns the version of its results: its `rfm_merchants` row, which every run that writes
    /// them and every withdrawal rewrites in the same transaction.
    @discardableResult
    static func requireScored(_ merchant: String, on connection: Connection) throws -> String {
        let result = try connection.execute(
            """
            SELECT last_success_at::text || ' ' || coalesce(current_as_of::text, '-') || ' ' || newest_as_of::text
            FROM rfm_merchants WHERE merchant_id = $1 AND newest_as_of IS NOT NULL
            """, [merchant])
        guard result.rowCount == 1, let version = result.rows[0][0] else { throw Problem.noScores(merchant) }
        return version
    }

    /// The merchant's report in the caller's snapshot, from the cache when its version is kept.
    func cachedReport(_ merchant: String, on connection: Connection) throws -> MerchantReport {
        let version = try Self.requireScored(merchant, on: connection)
        return try reports.report(merchant: merchant, version: version) {
            try MerchantReportQuery(connection: connection).report(merchant: merchant, asOf: nil)
        }
    }

    /// A path parameter as the client percent-encoded it, decoded.
    static func pathValue(_ context: BasicRequestContext, _ name: String) throws -> String {
        guard let raw = context.parameters.get(name), let value = raw.removingPercentEncoding, !value.isEmpty, !value.contains("\0") else {
            throw Problem(.badRequest, "\(name) is not a valid percent-encoded value")
        }
        return value
    }
}
