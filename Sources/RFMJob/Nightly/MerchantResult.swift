import Foundation
import Logging
import PostgresClient
import Synchronization

/// What the scheduler needs to know of a merchant's outcome.
protocol MerchantResult: Sendable {
    var failure: JobFailure? { get }
    static func notAttempted(merchant: String, because failure: JobFailure) -> Self
}
