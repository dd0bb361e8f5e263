/// The part of a request every dataset plans with, and the traits they share: how big a
/// district is, whether it reported in a period, and how its office writes dates and money.
struct GenerationContext {
    let seed: UInt64
    /// The districts, by ascending code.
    let districts: [District]
    /// Every month of the range, in order.
    let months: [YearMonth]

    /// The month from which trends are counted: October 2024, the start of fiscal year 2568.
    static let trendOrigin = YearMonth(year: 2024, month: 10)!

    /// How big `district` is for a dataset: its number of subdistricts, give or take 40 %.
    func size(of district: District, stream: UInt64) -> Double {
        var random = SplitMix64(key: seed, stream, district.code)
        return Double(max(district.subdistrictCount, 1)) * random.uniform(0.6...1.4)
    }

    /// Entities in `district` at `density` per subdistrict, times `factor` (growth over time);
    /// at least 1, so every district has rows.
    func entityCount(_ district: District, density: Double, factor: Double = 1, stream: UInt64) -> Int {
        max(1, Int((density * size(of: district, stream: stream) * factor).rounded()))
    }

    /// Whether the area with `code` (a district's, or a province's) sent its report for
    /// `period` (an index into the dataset's periods): a few reports in a thousand are missing,
    /// as when an office is late.
    func reported(area code: Int, period: Int, stream: UInt64) -> Bool {
        var random = SplitMix64(key: seed, stream, code, period)
        return !random.chance(0.006)
    }

    /// How the office of the area with `code` wrote its file for `period`.
    func style(area code: Int, period: Int, stream: UInt64) -> FieldStyle {
        var random = SplitMix64(key: seed, stream, code, period)
        return FieldStyle(random: &random)
    }

    /// Years from `trendOrigin` to `month` (negative before it).
    static func years(_ month: YearMonth) -> Double {
        Double(trendOrigin.distance(to: month)) / 12
    }
}
