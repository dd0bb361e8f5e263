import Foundation
import Testing

@testable import KPICore

/// Random datasets summarized by the real code and by a deliberately simple reference written
/// from the contract's words must agree exactly.
@Suite struct DifferentialTests {

    /// Districts in Chiang Mai and Lamphun (zone 15), Khon Kaen (zone 12) and Bangkok (no zone).
    static let districts = [5001, 5002, 5003, 5101, 5102, 4001, 4002, 1001, 1002]
    let geography = Geography.bundled

    struct Loan {
        var day: CivilDate
        var district: Int
        var outstanding: Int64
        var overdue: Int64
    }

    func randomLoans(seed: UInt64) -> [Loan] {
        var random = SplitMix64(key: seed, 0)
        var loans: [Loan] = []
        for district in Self.districts {
            for monthOffset in 0..<15 where Int.random(in: 0..<5, using: &random) > 0 {
                let month = YearMonth(year: 2023, month: 7)!.advanced(by: monthOffset)
                let day =
                    Bool.random(using: &random)
                    ? month.lastDay
                    : CivilDate(year: month.year, month: month.month, day: Int.random(in: 1...28, using: &random))!
                for _ in 0..<Int.random(in: 1...6, using: &random) {
                    let outstanding = Int64.random(in: 0...5_000_000, using: &random)
                    loans.append(
                        Loan(
                            day: day, district: district, outstanding: outstanding,
                            overdue: Int64.random(in: 0...outstanding, using: &random)))
                }
            }
        }
        return loans.shuffled(using: &random)
    }

    /// The reference: for every area, window and district below it, the district's latest
    /// snapshot in the window; sums of those; ratio of sums.
    func reference(_ loans: [Loan], windows: [Window]) -> [String: (
        numerator: Int64, denominator: Int64, reporting: Int
    )] {
        var result: [String: (numerator: Int64, denominator: Int64, reporting: Int)] = [:]
        for window in windows {
            var perDistrict: [Int: (Int64, Int64)] = [:]
            for district in Self.districts {
                let inWindow = loans.filter {
                    $0.district == district && $0.day >= window.firstDay && $0.day <= window.lastDay
                }
                guard let latest = inWindow.map(\.day).max() else { continue }
                let snapshot = inWindow.filter { $0.day == latest }
                perDistrict[district] = (
                    snapshot.reduce(0) { $0 + $1.overdue }, snapshot.reduce(0) { $0 + $1.outstanding }
                )
            }
            func add(_ key: String, _ districts: [Int]) {
                let values = districts.compactMap { perDistrict[$0] }.filter { $0.1 != 0 }
                let all = districts.compactMap { perDistrict[$0] }
                guard !all.isEmpty else { return }
                result["\(key) \(window.lastDay)"] = (
                    all.reduce(0) { $0 + $1.0 }, all.reduce(0) { $0 + $1.1 }, values.count
                )
            }
            for district in Self.districts { add("district \(district)", [district]) }
            for province in Set(Self.districts.map { $0 / 100 }) {
                add("province \(province)", Self.districts.filter { $0 / 100 == province })
            }
            for zone in [12, 15] {
                add("zone \(zone)", Self.districts.filter { geography.province(code: $0 / 100)?.zone == zone })
            }
            add("nation -", Self.districts)
        }
        return result
    }

    func csv(_ loans: [Loan]) -> String {
        var text = "district_code,as_of,loan_id,province_code,overdue_baht,outstanding_baht\n"
        for (index, loan) in loans.enumerated() {
            let date =
                index % 3 == 0 ? "\(loan.day.day)/\(loan.day.month)/\(loan.day.year + 543)" : loan.day.description
            text +=
                "\(loan.district),\(date),L\(index),\(loan.district / 100),\(Quantity.satang(Int128(loan.overdue))),\(Quantity.satang(Int128(loan.outstanding)))\n"
        }
        return text
    }

    @Test(arguments: [1, 2, 3, 4, 5] as [UInt64])
    func womensFundAgreesWithReference(seed: UInt64) throws {
        let loans = randomLoans(seed: seed)
        let files = TestFiles()
        let path = files.write("wf.csv", csv(loans))
        let asOf = YearMonth(year: 2024, month: 9)!
        let (summary, _) = try Summarizer().summarize(SummaryRequest(files: [path], asOf: asOf, windowCount: 4))
        let expected = reference(loans, windows: Window.windows(endingIn: asOf, count: 4))

        var checked = 0
        for row in summary.rows where row.indicatorID == "womens-fund.overdue-ratio" {
            let key = "\(row.level.rawValue) \(row.areaCode.map(String.init) ?? "-") \(row.window.lastDay)"
            guard let value = row.value else {
                #expect(expected[key] == nil || expected[key]!.denominator == 0, "\(key)")
                continue
            }
            let reference = try #require(expected[key], "\(key)")
            #expect(row.numerator == .satang(Int128(reference.numerator)), "\(key)")
            #expect(row.denominator == .satang(Int128(reference.denominator)), "\(key)")
            #expect(value == Double(reference.numerator) / Double(reference.denominator), "\(key)")
            #expect(row.areasReporting == reference.reporting, "\(key)")
            checked += 1
        }
        #expect(checked == expected.values.filter { $0.denominator != 0 }.count)
    }

    // MARK: - indicator-values

    /// One indicator-values row.
    struct Figure {
        var indicator: String
        var month: YearMonth
        var province: Int
        /// `nil` for a province-level figure.
        var district: Int?
        var numerator: Quantity
        var denominator: Quantity?
    }

    /// A flow, a stock, a cumulative count and two ratios (a stock and a cumulative one).
    static let figureIndicators = [
        "thai-textile.sales", "click-chumchon.shops", "food-security.households",
        "khok-nong-na.active-share", "sjp.households-helped",
    ]

    /// For every indicator, province and month: nothing, a province-level figure, or figures for
    /// some of the province's districts (never both, which would be an error). Numbers have 0 to
    /// 2 decimals, so sums mix scales.
    func randomFigures(seed: UInt64) -> [Figure] {
        var random = SplitMix64(key: seed, 1)
        func quantity(from lowest: Int64) -> Quantity {
            Quantity(
                units: Int128(Int64.random(in: lowest...100_000, using: &random)),
                scale: Int.random(in: 0...2, using: &random))
        }
        var figures: [Figure] = []
        for indicator in Self.figureIndicators {
            let ratio = IndicatorCatalog.bundled[id: indicator]!.ratio
            for province in Set(Self.districts.map { $0 / 100 }).sorted() {
                for monthOffset in 0..<15 {
                    let month = YearMonth(year: 2023, month: 7)!.advanced(by: monthOffset)
                    let choice = Int.random(in: 0..<4, using: &random)
                    guard choice > 0 else { continue }
                    let districts: [Int?] =
                        choice == 1
                        ? [nil] : Self.districts.filter { $0 / 100 == province && Bool.random(using: &random) }
                    for district in districts {
                        figures.append(
                            Figure(
                                indicator: indicator, month: month, province: province, district: district,
                                numerator: quantity(from: 0), denominator: ratio ? quantity(from: 1) : nil))
                    }
                }
            }
        }
        return figures.shuffled(using: &random)
    }

    /// The reference, from the contract's words: a flow sums an area's figures in the window, a
    /// stock or cumulative indicator takes its latest; a province sums its districts' values, or
    /// takes its own figure in a window where none of its districts has one (one area reporting);
    /// zones and the nation sum their provinces.
    func reference(_ figures: [Figure], windows: [Window]) -> [String: (
        numerator: Quantity, denominator: Quantity?, asOf: CivilDate, reporting: Int
    )] {
        typealias Value = (numerator: Quantity, denominator: Quantity?, asOf: CivilDate, reporting: Int)
        func sum(_ values: [Value]) -> Value? {
            guard let first = values.first else { return nil }
            return values.dropFirst().reduce(first) { total, next in
                (
                    total.numerator + next.numerator, total.denominator.map { $0 + next.denominator! },
                    max(total.asOf, next.asOf), total.reporting + next.reporting
                )
            }
        }
        var result: [String: Value] = [:]
        for window in windows {
            for indicator in Self.figureIndicators {
                let flow = IndicatorCatalog.bundled[id: indicator]!.kind == .flow
                func value(_ rows: [Figure]) -> Value? {
                    let inWindow = rows.filter { $0.indicator == indicator && window.contains($0.month) }
                    guard let latest = inWindow.map(\.month).max() else { return nil }
                    let used = flow ? inWindow : inWindow.filter { $0.month == latest }
                    return sum(used.map { ($0.numerator, $0.denominator, latest.lastDay, 1) }).map {
                        ($0.numerator, $0.denominator, $0.asOf, 1)
                    }
                }
                func record(_ key: String, _ value: Value?) { result["\(key) \(indicator) \(window.lastDay)"] = value }
                var provinces: [Int: Value] = [:]
                for province in Set(Self.districts.map { $0 / 100 }) {
                    let districts = Self.districts.filter { $0 / 100 == province }.compactMap { district in
                        let own = value(figures.filter { $0.district == district })
                        record("district \(district)", own)
                        return own
                    }
                    provinces[province] =
                        sum(districts) ?? value(figures.filter { $0.province == province && $0.district == nil })
                    record("province \(province)", provinces[province])
                }
                for zone in [12, 15] {
                    record(
                        "zone \(zone)",
                        sum(provinces.filter { geography.province(code: $0.key)?.zone == zone }.map(\.value)))
                }
                record("nation -", sum(Array(provinces.values)))
            }
        }
        return result
    }

    /// The figures as CSV, a third of the dates in the Thai B.E. form.
    func csv(_ figures: some Collection<Figure>) -> String {
        var text = "indicator_id,period_end,province_code,district_code,numerator,denominator\n"
        for (index, figure) in figures.enumerated() {
            let day = figure.month.lastDay
            let date = index % 3 == 0 ? "\(day.day)/\(day.month)/\(day.year + 543)" : day.description
            text +=
                "\(figure.indicator),\(date),\(figure.province),\(figure.district.map(String.init) ?? ""),"
                + "\(figure.numerator),\(figure.denominator.map(String.init(describing:)) ?? "")\n"
        }
        return text
    }

    @Test(arguments: [1, 2, 3, 4, 5] as [UInt64])
    func indicatorValuesAgreeWithReference(seed: UInt64) throws {
        let figures = randomFigures(seed: seed)
        let files = TestFiles()
        // Two files, so that figures come from several files and chunks.
        let half = figures.count / 2
        let paths = [files.write("iv-1.csv", csv(figures[..<half])), files.write("iv-2.csv", csv(figures[half...]))]
        let asOf = YearMonth(year: 2024, month: 9)!
        let windows = Window.windows(endingIn: asOf, count: 4)
        let (summary, _) = try Summarizer().summarize(
            SummaryRequest(files: paths, asOf: asOf, windowCount: windows.count))
        let expected = reference(figures, windows: windows)

        var checked = 0
        for row in summary.rows {
            let key =
                "\(row.level.rawValue) \(row.areaCode.map(String.init) ?? "-") \(row.indicatorID) \(row.window.lastDay)"
            guard let reference = expected[key] else {
                #expect(row.numerator == nil, "\(key)")
                continue
            }
            // The contract writes money with exactly 2 decimals, whatever scale the figures had.
            let money = IndicatorCatalog.bundled[id: row.indicatorID]!.unit == IndicatorUnit.baht.rawValue
            let numerator =
                money ? reference.numerator.rescaled(to: max(2, reference.numerator.scale)) : reference.numerator
            #expect(row.numerator?.description == numerator.description, "\(key)")
            #expect(row.denominator?.description == reference.denominator?.description, "\(key)")
            #expect(row.dataAsOf == reference.asOf, "\(key)")
            #expect(row.areasReporting == reference.reporting, "\(key)")
            checked += 1
        }
        #expect(checked == expected.count)
    }
}
