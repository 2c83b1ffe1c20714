import Foundation
@testable import RFMCore

/// The CDNOW 1/10 sample summaries (Tests/Fixtures/cdnow/README.md), found next to this file
/// so that no package resources are needed.
enum CDNOWFixture {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // LifetimeValue
        .deletingLastPathComponent()  // RFMCoreTests
        .deletingLastPathComponent()  // Tests
        .appendingPathComponent("Fixtures/cdnow")

    /// Data rows split on commas, header dropped. Splitting on `isNewline` copes with the CRLF
    /// file too: Swift reads "\r\n" as one Character.
    static func rows(_ file: String) throws -> [[Substring]] {
        let text = try String(contentsOf: directory.appendingPathComponent(file), encoding: .utf8)
        return text.split(whereSeparator: \.isNewline).dropFirst().map { $0.split(separator: ",") }
    }

    /// (x, t_x, T) of all 2,357 customers.
    static func purchaseHistories() throws -> [PurchaseHistory] {
        try rows("cdnow_customers_summary.csv").map { row in
            try PurchaseHistory(repeatPurchases: Int(row[1])!, lastPurchaseWeek: Double(row[2])!, ageWeeks: Double(row[3])!)
        }
    }

    /// (x, m_x) of the 946 repeat buyers, m_x in dollars times `unitsPerDollar`.
    static func spendHistories(unitsPerDollar: Double = 1) throws -> [SpendHistory] {
        try rows("cdnow_customers_summary_with_transactions.csv").compactMap { row in
            let repeatPurchases = Int(row[1])!
            guard repeatPurchases > 0 else { return nil }
            return try SpendHistory(repeatPurchases: repeatPurchases, meanSpend: Double(row[4])! * unitsPerDollar)
        }
    }
}
