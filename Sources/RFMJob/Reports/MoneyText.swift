import RFMCore

/// Money and counts as people read them in the reports: "$1,234.56", "+$23.60", "1,897".
public enum MoneyText {
    public static func dollars(_ cents: Int64) -> String {
        cents < 0 ? "-$" + Cents.formatGrouped(-cents) : "$" + Cents.formatGrouped(cents)
    }

    /// With a sign always: "+$23.60", "-$4.00", "+$0.00".
    public static func signedDollars(_ cents: Int64) -> String {
        cents < 0 ? dollars(cents) : "+" + dollars(cents)
    }

    public static func count(_ value: Int) -> String { RunSummaryText.grouped(value) }
}
