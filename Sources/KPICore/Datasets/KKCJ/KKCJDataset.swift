/// `kkcj`: village funds of the Poverty Alleviation Project (กข.คจ.), one row per fund per snapshot.
///
/// Most districts report at the end of each fiscal quarter (December, March, June, September),
/// some every month. A few funds in a hundred have status `problem`, more in some districts
/// than in others; a few offices write the status in Thai (ปกติ, มีปัญหา).
struct KKCJDataset: SyntheticDataset {
    /// About 28,000 village funds over the country's 7,436 subdistricts.
    static let realisticDensity: Double? = 3.77

    private enum Stream: UInt64 {
        case size = 0x4B4B_0001
        case traits, reporting, style, fund, snapshot, drift
    }

    private static let normal: (code: [UInt8], thai: [UInt8]) = (Array("normal".utf8), Array("ปกติ".utf8))
    private static let problem: (code: [UInt8], thai: [UInt8]) = (Array("problem".utf8), Array("มีปัญหา".utf8))

    private let context: GenerationContext
    /// Funds of each district: ids `0 ..< funds[d]`.
    private let funds: [Int]
    private let profiles: [Profile]
    private(set) var rowCount = 0

    init(context: GenerationContext, density: Double) {
        self.context = context
        funds = context.districts.map { context.entityCount($0, density: density, stream: Stream.size.rawValue) }
        profiles = context.districts.map {
            Profile(random: SplitMix64(key: context.seed, Stream.traits.rawValue, $0.code))
        }
        for (districtIndex, district) in context.districts.enumerated() {
            for (monthIndex, month) in context.months.enumerated()
            where hasSnapshot(districtIndex, district, monthIndex, month) {
                rowCount += funds[districtIndex]
            }
        }
    }

    func write(to output: inout RowOutput) {
        for (monthIndex, month) in context.months.enumerated() {
            for (districtIndex, district) in context.districts.enumerated()
            where hasSnapshot(districtIndex, district, monthIndex, month) {
                let style = context.style(area: district.code, period: monthIndex, stream: Stream.style.rawValue)
                let problemChance = profiles[districtIndex].problemShare(
                    in: month, district: district, context: context)
                var prefix: [UInt8] = []
                prefix.appendDate(month.lastDay, thai: style.thaiDates)
                prefix.appendAreaAndIDStart(district, idPrefix: "KK")

                for id in 0..<funds[districtIndex] {
                    guard output.beginRow() else { return }
                    var fund = SplitMix64(key: context.seed, Stream.fund.rawValue, district.code, id)
                    var snapshot = SplitMix64(
                        key: context.seed, Stream.snapshot.rawValue, district.code, id, month.index)
                    let capital = fund.uniform(150_000...700_000)
                    let inProblem = fund.unit() < problemChance
                    let lentShare = min(1, snapshot.uniform(0.55...0.95) * (inProblem ? 1.1 : 1))
                    let status = inProblem ? Self.problem : Self.normal
                    output.writer.append(contentsOf: prefix)
                    output.writer.appendDecimal(id, minimumDigits: 4)
                    output.writer.append(",")
                    output.writer.append(contentsOf: style.thaiLabels ? status.thai : status.code)
                    output.writer.append(",")
                    output.writer.appendMoney(
                        satang: Int64((capital * lentShare * 100).rounded()), grouped: style.groupedMoney)
                    output.writer.append("\n")
                }
            }
        }
    }

    /// Whether `district` has a snapshot at the end of `month`: every month or every quarter
    /// end by its cadence, unless the report is missing.
    private func hasSnapshot(_ districtIndex: Int, _ district: District, _ monthIndex: Int, _ month: YearMonth) -> Bool
    {
        (profiles[districtIndex].monthly || month.month % 3 == 0)
            && context.reported(area: district.code, period: monthIndex, stream: Stream.reporting.rawValue)
    }

    /// A district's lasting traits.
    private struct Profile {
        /// Reports every month rather than every quarter.
        let monthly: Bool
        /// Usual share of its funds with problems.
        let baseProblemShare: Double

        init(random: SplitMix64) {
            var random = random
            monthly = random.chance(0.3)
            baseProblemShare = random.chance(0.25) ? random.uniform(0.04...0.12) : random.uniform(0.005...0.04)
        }

        /// The chance that a fund of the district has problems in `month`.
        func problemShare(in month: YearMonth, district: District, context: GenerationContext) -> Double {
            let wander = Drift(seed: context.seed, stream: Stream.drift.rawValue, area: district.code).value(in: month)
            return min(0.3, max(0, baseProblemShare + 0.015 * wander))
        }
    }
}
