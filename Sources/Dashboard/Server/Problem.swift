import Hummingbird
import Logging
import RFMJob

/// A request the server answers with an error status and a one-line message, as HTML for the
/// pages and JSON for the API. Database failures become 503 (try again) or 500, never a crash.
public struct Problem: Error, Sendable {
    public var status: HTTPResponse.Status
    public var message: String

    public init(_ status: HTTPResponse.Status, _ message: String) {
        self.status = status
        self.message = message
    }

    public static let unauthorized = Problem(.unauthorized, "a valid token is needed: Authorization: Bearer TOKEN, or log in at /login")
    /// The same words whether the merchant exists or not: a 403 tells nothing about other merchants.
    public static let forbidden = Problem(.forbidden, "this token does not grant that merchant")

    public static func noScores(_ merchant: String) -> Problem {
        Problem(.notFound, "merchant \"\(merchant)\" has no scores")
    }

    /// Any error of a handler, classified once (`JobFailure.classify`); unexpected ones are
    /// logged in full and answered with a line that shows no internals.
    static func from(_ error: any Error, logger: Logger) -> Problem {
        if let problem = error as? Problem { return problem }
        if let invalid = error as? CustomerCursor.Invalid { return Problem(.badRequest, invalid.description) }
        let failure = JobFailure.classify(error)
        switch failure.category {
        case .missingInput: return Problem(.notFound, failure.message)
        case .usage: return Problem(.badRequest, failure.message)
        case .unavailable, .temporary, .locked:
            logger.warning("database unavailable", metadata: ["error": "\(failure.message)"])
            return Problem(.serviceUnavailable, "the database is unavailable or busy, try again shortly")
        default:
            logger.error("request failed", metadata: ["error": "\(failure.message)", "db.sqlstate": "\(failure.sqlState.map { "\($0)" } ?? "-")"])
            return Problem(.internalServerError, "internal error (logged)")
        }
    }
}
