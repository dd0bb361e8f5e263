/// One kind of synthetic dataset: a plan of its districts, periods and entities, and the rows
/// that plan gives.
///
/// A dataset is planned for a `density`: entities (loans, products, households, village funds)
/// per subdistrict, spread over the districts by their number of subdistricts. Planning is
/// cheap and `rowCount` is exact, so a row budget is met by searching for the density.
protocol SyntheticDataset {
    /// The Department's real number of entities per subdistrict, or `nil` when the rows are
    /// fixed by the areas and months alone (one row per indicator, area and period).
    static var realisticDensity: Double? { get }
    /// Plans the dataset for `context` with `density` entities per subdistrict.
    init(context: GenerationContext, density: Double)
    /// The number of rows `write(to:)` makes when nothing stops it.
    var rowCount: Int { get }
    /// Writes the rows, each line ending in LF, the header excepted; stops when `output` says so.
    func write(to output: inout RowOutput)
}
