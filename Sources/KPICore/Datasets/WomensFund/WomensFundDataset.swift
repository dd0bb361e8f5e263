/// `womens-fund`: loans of the Women's Development Fund (กองทุนพัฒนาบทบาทสตรี), one row per loan
/// per month-end snapshot.
///
/// Each district holds a portfolio that grows or shrinks slowly; new loans arrive every month
/// and the oldest are repaid, so a loan appears at every month-end from the month it is lent
/// until it leaves. A district now and then misses a month's report. The overdue ratio of a
/// district wanders around the 10 % target: most districts stay near it, some stay clearly
/// above it, and some start above it and improve.
struct WomensFundDataset: SyntheticDataset {
    /// About a million loans over the country's 7,436 subdistricts.
    static let realisticDensity: Double? = 134

    private enum Stream: UInt64 {
        case size = 0x5746_0001
        case traits, arrivals, reporting, style, loan, drift
    }

    /// Loans outstanding before the first month were lent up to this many months earlier.
    private static let portfolioAge = 48
    /// Share of the portfolio repaid and lent again each month, on average.
    private static let turnover = 1.0 / 54
    /// A district's overdue ratio for each unit of chance that a loan is in arrears: a loan in
    /// arrears owes 25 % of its outstanding on average (a few missed instalments, so that even a
    /// district of a dozen loans rarely shows exactly 0 %), loans in their first three months owe
    /// nothing yet, and the rest is measured on generated data.
    private static let overduePerArrearsChance = 0.23

    private let context: GenerationContext
    /// Loans present in month `m` of district `d` are ids `first[d * months + m] ..< end[…]`.
    private let first: [Int], end: [Int]
    /// Loans already lent before the first month, by district.
    private let existing: [Int]
    /// By district.
    private let profiles: [Profile]
    let rowCount: Int

    init(context: GenerationContext, density: Double) {
        self.context = context
        var first = [Int]()
        var end = [Int]()
        var existing = [Int]()
        var rows = 0
        let profiles = context.districts.map {
            Profile(random: SplitMix64(key: context.seed, Stream.traits.rawValue, $0.code))
        }
        for (district, profile) in zip(context.districts, profiles) {
            var previous: Int?
            var loansEnd = 0
            for (index, month) in context.months.enumerated() {
                let growth = 1 + profile.growth * GenerationContext.years(month)
                let size = context.entityCount(district, density: density, factor: growth, stream: Stream.size.rawValue)
                if previous == nil {
                    existing.append(size)
                    loansEnd = size
                }
                var arrivals = SplitMix64(key: context.seed, Stream.arrivals.rawValue, district.code, month.index)
                let newLoans =
                    max(0, size - (previous ?? size))
                    + Int((Double(size) * Self.turnover * arrivals.uniform(0.5...1.5)).rounded())
                loansEnd += newLoans
                first.append(loansEnd - size)
                end.append(loansEnd)
                previous = size
                if context.reported(area: district.code, period: index, stream: Stream.reporting.rawValue) {
                    rows += size
                }
            }
        }
        self.first = first
        self.end = end
        self.existing = existing
        self.profiles = profiles
        rowCount = rows
    }

    func write(to output: inout RowOutput) {
        let months = context.months.count
        for (monthIndex, month) in context.months.enumerated() {
            for (districtIndex, district) in context.districts.enumerated()
            where context.reported(area: district.code, period: monthIndex, stream: Stream.reporting.rawValue) {
                let style = context.style(area: district.code, period: monthIndex, stream: Stream.style.rawValue)
                let arrearsChance =
                    profiles[districtIndex].overdueRatio(in: month, district: district, context: context)
                    / Self.overduePerArrearsChance
                var prefix: [UInt8] = []
                prefix.appendDate(month.lastDay, thai: style.thaiDates)
                prefix.appendAreaAndIDStart(district, idPrefix: "WF")

                let slot = districtIndex * months
                let older = existing[districtIndex]
                var lentIn = 0  // the month index in which loan `id` was lent, once `id` ≥ `older`
                for id in first[slot + monthIndex]..<end[slot + monthIndex] {
                    guard output.beginRow() else { return }
                    while id >= older, id >= end[slot + lentIn] { lentIn += 1 }
                    // Older loans were lent before the first month, the lowest ids first.
                    let lent =
                        id < older
                        ? context.months[0].index - 1 - (older - 1 - id) * Self.portfolioAge / older
                        : context.months[lentIn].index
                    let age = month.index - lent
                    let loan = Loan(random: SplitMix64(key: context.seed, Stream.loan.rawValue, district.code, id))
                    let outstanding = loan.outstanding(ageInMonths: age)
                    let overdue = loan.overdue(outstanding: outstanding, ageInMonths: age, arrearsChance: arrearsChance)
                    output.writer.append(contentsOf: prefix)
                    output.writer.appendDecimal(id, minimumDigits: 6)
                    output.writer.append(",")
                    output.writer.appendMoney(satang: outstanding, grouped: style.groupedMoney)
                    output.writer.append(",")
                    output.writer.appendMoney(satang: overdue, grouped: style.groupedMoney)
                    output.writer.append("\n")
                }
            }
        }
    }

    /// A district's lasting traits.
    private struct Profile {
        /// Yearly growth of its portfolio.
        let growth: Double
        /// Overdue ratio in October 2024, and its change per year.
        let base: Double, trend: Double

        init(random: SplitMix64) {
            var random = random
            growth = random.uniform(-0.03...0.08)
            let profile = random.unit()
            if profile < 0.2 {  // clearly above the target
                base = random.uniform(0.14...0.24)
                trend = random.uniform(-0.01...0.02)
            } else if profile < 0.4 {  // above it, improving
                base = random.uniform(0.12...0.2)
                trend = random.uniform(-0.07...(-0.04))
            } else {  // around it
                base = random.uniform(0.04...0.12)
                trend = random.uniform(-0.02...0.02)
            }
        }

        /// The share of the district's outstanding that is overdue in `month`, before chance.
        func overdueRatio(in month: YearMonth, district: District, context: GenerationContext) -> Double {
            let wander = Drift(seed: context.seed, stream: Stream.drift.rawValue, area: district.code).value(in: month)
            return min(0.45, max(0.01, base + trend * GenerationContext.years(month) + 0.02 * wander))
        }
    }

    /// One loan's lasting terms.
    private struct Loan {
        /// Amount lent, in satang.
        let principal: Int64
        /// Months over which it is repaid.
        let term: Int
        /// The loan falls into arrears in months when this is below the district's arrears chance.
        let arrearsDraw: Double
        /// The overdue part of its outstanding when in arrears.
        let overdueShare: Double

        init(random: SplitMix64) {
            var random = random
            // Median 30,000 baht, in steps of 500 baht.
            let baht = 30_000 * QuantileCurve.rightSkewed.value(at: random.unit())
            principal = Int64((baht / 500).rounded()) * 50_000
            term = random.integer(24...60)
            arrearsDraw = random.unit()
            overdueShare = random.uniform(0.1...0.4)
        }

        /// Principal outstanding after `ageInMonths` of repayment; 8 % is left at term's end.
        func outstanding(ageInMonths: Int) -> Int64 {
            let paidMonths = Int64(min(ageInMonths, term))
            return principal - principal * 92 * paidMonths / (100 * Int64(term))
        }

        /// The overdue part of `outstanding`: none in the first three months, before the first
        /// instalments fall due.
        func overdue(outstanding: Int64, ageInMonths: Int, arrearsChance: Double) -> Int64 {
            guard ageInMonths >= 3, arrearsDraw < arrearsChance else { return 0 }
            return Int64(Double(outstanding) * overdueShare)
        }
    }
}
