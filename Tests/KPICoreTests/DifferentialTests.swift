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
                let day = Bool.random(using: &random) ? month.lastDay : CivilDate(year: month.year, month: month.month, day: Int.random(in: 1...28, using: &random))!
                for _ in 0..<Int.random(in: 1...6, using: &random) {
                    let outstanding = Int64.random(in: 0...5_000_000, using: &random)
                    loans.append(Loan(day: day, district: district, outstanding: outstanding,
                                      overdue: Int64.random(in: 0...outstanding, using: &random)))
                }
            }
        }
        return loans.shuffled(using: &random)
    }

    /// The reference: for every area, window and district below it, the district's latest
    /// snapshot in the window; sums of those; ratio of sums.
    func reference(_ loans: [Loan], windows: [Window]) -> [String: (numerator: Int64, denominator: Int64, reporting: Int)] {
        var result: [String: (numerator: Int64, denominator: Int64, reporting: Int)] = [:]
        for window in windows {
            var perDistrict: [Int: (Int64, Int64)] = [:]
            for district in Self.districts {
                let inWindow = loans.filter { $0.district == district && $0.day >= window.firstDay && $0.day <= window.lastDay }
                guard let latest = inWindow.map(\.day).max() else { continue }
                let snapshot = inWindow.filter { $0.day == latest }
                perDistrict[district] = (snapshot.reduce(0) { $0 + $1.overdue }, snapshot.reduce(0) { $0 + $1.outstanding })
            }
            func add(_ key: String, _ districts: [Int]) {
                let values = districts.compactMap { perDistrict[$0] }.filter { $0.1 != 0 }
                let all = districts.compactMap { perDistrict[$0] }
                guard !all.isEmpty else { return }
                result["\(key) \(window.lastDay)"] = (all.reduce(0) { $0 + $1.0 }, all.reduce(0) { $0 + $1.1 }, values.count)
            }
            for district in Self.districts { add("district \(district)", [district]) }
            for province in Set(Self.districts.map { $0 / 100 }) { add("province \(province)", Self.districts.filter { $0 / 100 == province }) }
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
            let date = index % 3 == 0 ? "\(loan.day.day)/\(loan.day.month)/\(loan.day.year + 543)" : loan.day.description
            text += "\(loan.district),\(date),L\(index),\(loan.district / 100),\(Quantity.satang(loan.overdue)),\(Quantity.satang(loan.outstanding))\n"
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
            #expect(row.numerator == .satang(reference.numerator), "\(key)")
            #expect(row.denominator == .satang(reference.denominator), "\(key)")
            #expect(value == Double(reference.numerator) / Double(reference.denominator), "\(key)")
            #expect(row.areasReporting == reference.reporting, "\(key)")
            checked += 1
        }
        #expect(checked == expected.values.filter { $0.denominator != 0 }.count)
    }
}
