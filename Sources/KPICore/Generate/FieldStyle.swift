/// How one office wrote one file, within what the contract allows: most write ISO dates, plain
/// money and English codes; a few export dates as Thai `D/M/YYYY` (B.E.), money with thousands
/// separators in quotes (`"1,234.50"`), or labels in Thai.
struct FieldStyle {
    /// Dates as `D/M/YYYY` with the Buddhist Era year.
    let thaiDates: Bool
    /// Money of 1,000 baht or more as `"1,234.50"`.
    let groupedMoney: Bool
    /// Categories and statuses by their official Thai names.
    let thaiLabels: Bool

    /// A style drawn from `random`: Thai dates 4 %, grouped money 3 %, Thai labels 8 % of files.
    init(random: inout SplitMix64) {
        thaiDates = random.chance(0.04)
        groupedMoney = random.chance(0.03)
        thaiLabels = random.chance(0.08)
    }
}
