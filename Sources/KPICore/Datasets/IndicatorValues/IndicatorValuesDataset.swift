/// `indicator-values`: figures of the Department's other key missions, already counted, one row
/// per indicator, area and period.
///
/// Some indicators are reported every month, others at each fiscal quarter's end; Pracharath
/// companies are reported per province only. Cumulative indicators count from 1 October, the
/// start of the fiscal year, and restart there. A district now and then misses a report.
struct IndicatorValuesDataset: SyntheticDataset {
    /// The rows are one per indicator, area and period: a density does not change them.
    static let realisticDensity: Double? = nil

    private enum Stream: UInt64 {
        case size = 0x4956_0001
        case style
        // Plus the indicator's number:
        case reporting = 0x4956_0100
        case traits = 0x4956_0200
        case period = 0x4956_0300
        case drift = 0x4956_0400
        case pace = 0x4956_0500
    }

    private let context: GenerationContext
    /// Where rows come from, in file order: each province, then its districts.
    private let areas: [Area]
    private(set) var rowCount = 0

    init(context: GenerationContext, density: Double) {
        self.context = context
        var areas: [Area] = []
        for district in context.districts {
            if areas.last?.province != district.provinceCode {
                areas.append(Area(province: district.provinceCode, district: nil))
            }
            areas.append(Area(province: district.provinceCode, district: district))
        }
        self.areas = areas
        for (monthIndex, month) in context.months.enumerated() {
            for area in areas {
                rowCount += Indicator.allCases.count { hasRow(area, indicator: $0, monthIndex, month) }
            }
        }
    }

    func write(to output: inout RowOutput) {
        for (monthIndex, month) in context.months.enumerated() {
            for area in areas {
                // The province office sends one file for itself and its districts.
                let style = context.style(area: area.province, period: monthIndex, stream: Stream.style.rawValue)
                for indicator in Indicator.allCases where hasRow(area, indicator: indicator, monthIndex, month) {
                    guard output.beginRow() else { return }
                    let figure = value(of: indicator, area: area, month: month)
                    output.writer.append(indicator.id)
                    output.writer.append(",")
                    output.writer.appendDate(month.lastDay, thai: style.thaiDates)
                    output.writer.append(",")
                    output.writer.appendDecimal(area.province)
                    output.writer.append(",")
                    if let district = area.district { output.writer.appendDecimal(district.code) }
                    output.writer.append(",")
                    switch figure.numerator {
                    case .count(let count): output.writer.appendDecimal(count)
                    case .baht(let satang): output.writer.appendMoney(satang: satang)
                    }
                    output.writer.append(",")
                    if let denominator = figure.denominator { output.writer.appendDecimal(denominator) }
                    output.writer.append("\n")
                }
            }
        }
    }

    /// Whether `area` has a row of `indicator` for `month`, the `monthIndex`-th month: when the
    /// indicator is due that month, at the area's level, and the report is not missing.
    private func hasRow(_ area: Area, indicator: Indicator, _ monthIndex: Int, _ month: YearMonth) -> Bool {
        let stream = Stream.reporting.rawValue + UInt64(indicator.rawValue)
        return indicator.isDue(in: month) && indicator.provinceLevel == (area.district == nil)
            && context.reported(area: area.code, period: monthIndex, stream: stream)
    }

    /// The figure of `indicator` for `area` in `month`.
    private func value(of indicator: Indicator, area: Area, month: YearMonth) -> Figure {
        let indicatorKey = UInt64(indicator.rawValue)
        let code = area.code
        var traits = SplitMix64(key: context.seed, Stream.traits.rawValue + indicatorKey, code)
        var period = SplitMix64(key: context.seed, Stream.period.rawValue + indicatorKey, code, month.index)
        // How fast a running count fills its target, for the fiscal year.
        var pace = SplitMix64(
            key: context.seed, Stream.pace.rawValue + indicatorKey, code, FiscalQuarter.fiscalYear(of: month))
        let wander = Drift(seed: context.seed, stream: Stream.drift.rawValue + indicatorKey, area: code).value(
            in: month)
        let years = GenerationContext.years(month)
        // Figures grow with the district's size (province-level figures do not use it).
        let size = area.district.map { context.size(of: $0, stream: Stream.size.rawValue) } ?? 0
        // Months of the fiscal year so far, over 12: October 1/12 … September 1.
        let fiscalYearDone = Double((month.month + 2) % 12 + 1) / 12

        func share(of whole: Int, _ fraction: Double) -> Int {
            Int((Double(whole) * min(1, max(0, fraction))).rounded())
        }
        switch indicator {
        case .khokNongNaActive:
            let plots = max(1, Int((size * traits.uniform(3...12)).rounded()))
            return Figure(.count(share(of: plots, traits.uniform(0.55...0.85) + 0.04 * years + 0.03 * wander)), plots)
        case .foodSecurityHouseholds:
            let target = Int((size * traits.uniform(40...120)).rounded())
            return Figure(.count(share(of: target, fiscalYearDone * pace.uniform(0.85...1.1))))
        case .thaiTextileSales:
            let baht =
                size * traits.uniform(15_000...90_000) * Seasonality.factor(month) * (1 + 0.05 * years)
                * period.uniform(0.8...1.2)
            return Figure(.baht(Int64((baht * 100).rounded())))
        case .sjpHouseholdsHelped:
            let target = max(1, Int((size * traits.uniform(10...40)).rounded()))
            return Figure(.count(share(of: target, fiscalYearDone * pace.uniform(0.9...1.25))), target)
        case .womensFundMembers:
            return Figure(.count(Int((size * traits.uniform(300...900) * (1 + 0.02 * years)).rounded())))
        case .clickChumchonShops:
            return Figure(
                .count(max(0, Int((size * traits.uniform(2...10) * (1 + 0.12 * years + 0.05 * wander)).rounded()))))
        case .communityFundsGood:
            let funds = max(1, Int((size * traits.uniform(4...10)).rounded()))
            return Figure(.count(share(of: funds, traits.uniform(0.45...0.85) + 0.02 * years + 0.04 * wander)), funds)
        case .pracharathProfitable:
            let companies = traits.integer(6...30)
            return Figure(.count(share(of: companies, traits.uniform(0.35...0.8) + 0.06 * wander)), companies)
        case .moralCommunities:
            let target = max(1, Int((size * traits.uniform(1...3)).rounded()))
            return Figure(.count(share(of: target, fiscalYearDone * pace.uniform(0.7...1.2))))
        }
    }

    /// A province (for province-level figures) or one of its districts.
    private struct Area {
        let province: Int
        let district: District?

        /// The district's code, or the province's.
        var code: Int { district?.code ?? province }
    }

    /// A numerator, and a denominator for ratios.
    private struct Figure {
        enum Number {
            case count(Int)
            case baht(Int64)  // in satang
        }
        let numerator: Number
        let denominator: Int?

        init(_ numerator: Number, _ denominator: Int? = nil) {
            self.numerator = numerator
            self.denominator = denominator
        }
    }

    /// The catalog ids this dataset reports (Datasets/indicators.json).
    private enum Indicator: Int, CaseIterable {
        case khokNongNaActive, foodSecurityHouseholds, thaiTextileSales, sjpHouseholdsHelped, womensFundMembers,
            clickChumchonShops, communityFundsGood, pracharathProfitable, moralCommunities

        var id: StaticString {
            switch self {
            case .khokNongNaActive: "khok-nong-na.active-share"
            case .foodSecurityHouseholds: "food-security.households"
            case .thaiTextileSales: "thai-textile.sales"
            case .sjpHouseholdsHelped: "sjp.households-helped"
            case .womensFundMembers: "womens-fund.members"
            case .clickChumchonShops: "click-chumchon.shops"
            case .communityFundsGood: "community-funds.good-share"
            case .pracharathProfitable: "pracharath.profitable-share"
            case .moralCommunities: "moral-community.communities"
            }
        }

        /// Reported for provinces only, with an empty `district_code`.
        var provinceLevel: Bool { self == .pracharathProfitable }

        /// Whether it is reported for `month`: flows and running counts every month, the
        /// others at the end of each fiscal quarter.
        func isDue(in month: YearMonth) -> Bool {
            switch self {
            case .foodSecurityHouseholds, .thaiTextileSales, .sjpHouseholdsHelped, .clickChumchonShops: true
            default: month.month % 3 == 0
            }
        }
    }
}
