/// `bmn`: the Basic Minimum Needs survey (จปฐ.), one row per target household per survey year.
///
/// The survey years are the Buddhist Era years of the calendar years the months touch; each is
/// collected from January to April of its year. A household surveyed after the last month, and
/// about one in a hundred never reached, has empty `surveyed_on`, `income_baht` and `passed`.
/// Income per person centres on each region's level, so a minority of households falls below
/// the 38,000-baht line, more of them in the Northeast and North.
struct BMNDataset: SyntheticDataset {
    /// About 12 million households a year over the country's 7,436 subdistricts.
    static let realisticDensity: Double? = 1_614

    private enum Stream: UInt64 {
        case size = 0x424D_0001
        case traits, style, household, survey
    }

    /// The BMN income line: baht per person per year.
    private static let incomeLine = 38_000.0
    /// Persons per household, 1 to 8: shares of households.
    private static let householdSizes = [0.12, 0.20, 0.24, 0.20, 0.12, 0.07, 0.03, 0.02]
    /// Median income per person and year, by region (`Province.regionEnglish`).
    private static let regionalIncome: [String: Double] = [
        "North": 66_000, "Northeast": 62_000, "Central": 95_000, "East": 95_000, "West": 80_000, "South": 85_000,
    ]
    /// Bangkok's.
    private static let capitalIncome = 140_000.0

    private let context: GenerationContext
    /// Survey years (Common Era calendar years).
    private let years: [Int]
    /// Households of district `d` in survey year `y`: ids `0 ..< households[y * districts + d]`.
    private let households: [Int]
    private let profiles: [Profile]
    let rowCount: Int

    init(context: GenerationContext, density: Double) {
        self.context = context
        years = Array(context.months.first!.year...context.months.last!.year)
        households = years.flatMap { year in
            context.districts.map {
                context.entityCount(
                    $0, density: density, factor: 1 + 0.008 * Double(year - 2025), stream: Stream.size.rawValue)
            }
        }
        profiles = context.districts.map {
            Profile(district: $0, random: SplitMix64(key: context.seed, Stream.traits.rawValue, $0.code))
        }
        rowCount = households.reduce(0, +)
    }

    func write(to output: inout RowOutput) {
        let lastDay = context.months.last!.lastDay
        for (yearIndex, year) in years.enumerated() {
            let collection =
                CivilDate(year: year, month: 1, day: 1)!.dayNumber...CivilDate(year: year, month: 4, day: 30)!.dayNumber
            for (districtIndex, district) in context.districts.enumerated() {
                let profile = profiles[districtIndex]
                let style = context.style(area: district.code, period: year, stream: Stream.style.rawValue)
                var prefix: [UInt8] = []
                prefix.appendDecimal(year + buddhistEraOffset)
                prefix.appendAreaAndIDStart(district, idPrefix: "HH")

                for id in 0..<households[yearIndex * context.districts.count + districtIndex] {
                    guard output.beginRow() else { return }
                    var household = SplitMix64(key: context.seed, Stream.household.rawValue, district.code, id)
                    var survey = SplitMix64(key: context.seed, Stream.survey.rawValue, district.code, id, year)
                    let members = Self.members(household: &household, survey: &survey)
                    let incomePerPerson =
                        profile.medianIncome * QuantileCurve.rightSkewed.value(at: household.unit())
                        * (1 + 0.03 * Double(year - 2025)) * survey.uniform(0.9...1.1)
                    let neverReached = household.chance(0.012)
                    let surveyedOn = CivilDate(dayNumber: survey.integer(collection))
                    let failsOtherNeeds = survey.chance(profile.otherNeedsFailure)

                    output.writer.append(contentsOf: prefix)
                    output.writer.appendDecimal(id, minimumDigits: 6)
                    output.writer.append(",")
                    if neverReached || surveyedOn > lastDay {
                        output.writer.append(",")
                        output.writer.appendDecimal(members)
                        output.writer.append(",,\n")
                        continue
                    }
                    output.writer.appendDate(surveyedOn, thai: style.thaiDates)
                    output.writer.append(",")
                    output.writer.appendDecimal(members)
                    output.writer.append(",")
                    output.writer.appendMoney(
                        satang: Int64((incomePerPerson * Double(members)).rounded()) * 100,
                        grouped: style.groupedMoney)
                    output.writer.append(incomePerPerson >= Self.incomeLine && !failsOtherNeeds ? ",1\n" : ",0\n")
                }
            }
        }
    }

    /// Persons in the household this year: its usual size, now and then one more or fewer.
    private static func members(household: inout SplitMix64, survey: inout SplitMix64) -> Int {
        var pick = household.unit()
        var size = 1
        while size < householdSizes.count, pick >= householdSizes[size - 1] {
            pick -= householdSizes[size - 1]
            size += 1
        }
        let change = survey.unit()
        return min(householdSizes.count, max(1, size + (change < 0.05 ? -1 : change > 0.95 ? 1 : 0)))
    }

    /// A district's lasting traits.
    private struct Profile {
        /// Median income per person and year.
        let medianIncome: Double
        /// Share of households that fail some need other than income.
        let otherNeedsFailure: Double

        init(district: District, random: SplitMix64) {
            var random = random
            let region = Geography.bundled.province(code: district.provinceCode)?.regionEnglish ?? ""
            let regional = district.provinceCode == 10 ? capitalIncome : regionalIncome[region] ?? 75_000
            medianIncome = regional * random.uniform(0.8...1.2)
            otherNeedsFailure = random.uniform(0.02...0.1)
        }
    }
}
