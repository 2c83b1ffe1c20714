extension JobFailure.Category {
    /// An option value that parses but names nothing (a segment the merchant does not have):
    /// the command line's mistake, exit 64 like any other bad option.
    public static let usage = JobFailure.Category(name: "usage")
}
