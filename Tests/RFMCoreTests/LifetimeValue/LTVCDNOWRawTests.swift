import Foundation
import Testing
@testable import RFMCore

/// The CDNOW 1/10 sample's raw transactions (Tests/Fixtures/cdnow/CDNOW_sample.txt) through the
/// job's own accumulation, checked against the published summaries and against the independent
/// reference (Tests/Fixtures/ltv/reference.py, scipy).
@Suite struct LTVCDNOWRawTests {
    /// One purchase event per line, at midnight UTC of its date, in USD; ids are line numbers.
    static func events() throws -> [TestEvent] {
        let text = try String(contentsOf: CDNOWFixture.directory.appendingPathComponent("CDNOW_sample.txt"), encoding: .utf8)
        return text.split(whereSeparator: \.isNewline).enumerated().map { number, line in
            let fields = line.split(separator: " ")
            let date = fields[2]
            let day = CivilDate(year: Int(date.prefix(4))!, month: Int(date.dropFirst(4).prefix(2))!, day: Int(date.suffix(2))!)!
            return TestEvent("cdnow-\(number + 1)", user: String(fields[1]), at: day.startUnixMicroseconds,
                             cents: Cents.parseDecimal(fields[4], scale: 2)!)
        }
    }

    static func calibrate(asOf: String) throws -> LTVMerchantData {
        let asOf = CivilDate(iso: asOf)!
        var accumulator = LTVEventAccumulator(window: ScoringWindow(asOf: asOf, days: 365), settings: .default, rates: .seed)
        for event in try events() { event.withRow { accumulator.add($0) } }
        return try accumulator.finish()
    }

    /// Published (x, t_x, T, m_x) by customer number.
    static func published() throws -> [String: (x: Int, tx: Double, age: Double, meanSpend: Double)] {
        var rows: [String: (Int, Double, Double, Double)] = [:]
        for row in try CDNOWFixture.rows("cdnow_customers_summary_with_transactions.csv") {
            let id = String(repeating: "0", count: 4 - row[0].count) + row[0]
            rows[id] = (Int(row[1])!, Double(row[2])!, Double(row[3])!, Double(row[4])!)
        }
        return rows
    }

    /// Purchases through 1997-09-30 (as-of 1997-10-01): x, t_x and the mean spend per repeat day
    /// are the published ones for all 2,357 customers; T is one day longer, because the
    /// published T runs to the start of 1997-09-30 although that day's purchases are counted.
    @Test func calibrationThroughSeptember30MatchesThePublishedSummary() throws {
        let data = try Self.calibrate(asOf: "1997-10-01")
        let published = try Self.published()
        #expect(data.calibration.customers.count == 2357)
        #expect(data.calibration.repeatBuyers == 946)
        for customer in data.calibration.customers {
            let expected = try #require(published[customer.userKey])
            #expect(customer.history.repeatPurchases == expected.x, "\(customer.userKey)")
            #expect(abs(customer.history.lastPurchaseWeek - expected.tx) <= 0.005 + 1e-9, "\(customer.userKey)")
            #expect(abs(customer.history.ageWeeks - (expected.age + 1.0 / 7)) <= 0.005 + 1e-9, "\(customer.userKey)")
            // Published means are rounded to cents (halves up): 22.345 is printed 22.35.
            #expect(abs(customer.meanSpendCents / 100 - expected.meanSpend) <= 0.005 + 1e-9, "\(customer.userKey)")
            #expect(customer.spendDays == expected.x)
        }
    }

    /// Purchases before 1997-09-30: T is the published one, and the 13 customers who bought on
    /// 1997-09-30 have one purchase day fewer.
    @Test func calibrationBeforeSeptember30MatchesThePublishedT() throws {
        let data = try Self.calibrate(asOf: "1997-09-30")
        let published = try Self.published()
        var fewer = 0
        for customer in data.calibration.customers {
            let expected = try #require(published[customer.userKey])
            #expect(abs(customer.history.ageWeeks - expected.age) <= 0.005 + 1e-9)
            if customer.history.repeatPurchases != expected.x {
                #expect(customer.history.repeatPurchases == expected.x - 1)
                fewer += 1
            }
        }
        #expect(fewer == 13)
    }

    /// The published x counts days: counting calendar weeks (Monday to Sunday, what `lifetimes`
    /// does with freq="W") would give 151 customers fewer repeat purchases.
    @Test func thePublishedSummaryCountsDaysNotWeeks() throws {
        let published = try Self.published()
        var days: [String: Set<Int64>] = [:], weeks: [String: Set<Int64>] = [:]
        let end = CivilDate(iso: "1997-10-01")!.startUnixMicroseconds
        for event in try Self.events() {
            guard case .unixMicroseconds(let at)? = event.at, at < end else { continue }
            let day = CivilDate(containingUnixMicroseconds: at).unixDay
            days[event.user!, default: []].insert(day)
            weeks[event.user!, default: []].insert((day + 3) / 7)  // 1970-01-01 was a Thursday
        }
        #expect(days.allSatisfy { $0.value.count - 1 == published[$0.key]!.x })
        #expect(weeks.count { $0.value.count - 1 != published[$0.key]!.x } == 151)
    }

    /// Against reference.py on the same rows (scipy's optimisers, to their tolerance).
    @Test func fitMatchesTheIndependentReference() throws {
        let fit = LTVFit.fit(try Self.calibrate(asOf: "1997-10-01").calibration)
        let purchases = try fit.purchases.get(), spend = try fit.spend.get()
        for (value, reference) in [
            (purchases.r, 0.24174192009445553), (purchases.alpha, 4.393843915849049),
            (purchases.a, 0.8144798772544978), (purchases.b, 2.4771667057862996),
            (spend.p, 6.24957155095984), (spend.q, 3.7442242637937784), (spend.gamma, 1544.3520415722307),
        ] {
            #expect(abs(value / reference - 1) < 1e-5)
        }
        #expect(abs(purchases.logLikelihood - -9589.889567830574) < 1e-6)
        #expect(abs(spend.logLikelihood - -8412.408690746604) < 1e-6)
        #expect(fit.spendCustomers == 946)
    }

    /// The 39-week backtest: the seed's figures exactly as the reference computes them, the
    /// model's to the precision its fitted parameters allow.
    @Test func backtestMatchesTheIndependentReference() throws {
        let calibrationEnd = CivilDate(iso: "1997-10-01")!
        var splitter = BacktestEventSplitter(calibrationEnd: calibrationEnd, holdoutDays: 273, settings: .default, rates: .seed)
        for event in try Self.events() { event.withRow { splitter.add($0) } }
        let backtest = try Backtest(
            calibration: try splitter.calibration.finish(), holdout: try splitter.holdout.finish(),
            settings: .default, holdoutDays: 273
        )
        #expect(backtest.newInHoldout == 0)
        let seed = backtest.seed, model = backtest.model
        #expect(seed.customers == 2357 && seed.actualPurchases == 1882 && seed.actualSpendCents == 7_097_639)
        #expect(abs(seed.spendMAECents / 100 - 38.91181162494697) < 1e-9)
        #expect(abs(seed.spendRMSECents / 100 - 102.43067073847469) < 1e-9)
        #expect(abs(seed.purchasesMAE - 0.9882192154311407) < 1e-9)
        #expect(abs(seed.purchasesRMSE - 1.6885882621672064) < 1e-9)
        #expect(seed.predictedSpendCents == 9_516_903)
        #expect(abs(seed.predictedPurchases - 2630.306931807149) < 1e-8)
        #expect(seed.deciles.map(\.customers) == [236, 236, 236, 235, 236, 236, 235, 236, 236, 235])
        #expect(abs(seed.deciles[0].meanPredictedSpendCents / 100 - 204.275720) < 1e-6)
        #expect(abs(seed.deciles[2].meanActualSpendCents / 100 - 20.214619) < 1e-6)

        #expect(abs(model.spendMAECents / 100 - 30.319524819686038) < 1e-4)
        #expect(abs(model.spendRMSECents / 100 - 72.23427621635477) < 1e-4)
        #expect(abs(model.purchasesMAE - 0.7832264921373339) < 1e-6)
        #expect(abs(model.purchasesRMSE - 1.608805241472894) < 1e-6)
        #expect(abs(model.predictedSpendCents / 5_909_643 - 1) < 1e-6)
        #expect(abs(model.predictedPurchases - 1630.5173780573616) < 1e-3)
        let actualMeans = model.deciles.map { ($0.meanActualSpendCents / 100 * 1e6).rounded() / 1e6 }
        #expect(actualMeans == [151.073305, 49.290085, 28.515636, 13.141021, 9.880975, 6.478263, 11.229234, 7.335339, 6.139576, 17.842851])
    }
}
