import Foundation
import KPICore
import Testing

@testable import KPIChart

/// Summaries of one indicator at one level for chart tests, made of `SummaryRow` values directly:
/// real area names from the bundled geography, values given per window, and change, target met
/// and rank worked out as the summarizer does (rank 1 = best, ties share the smaller rank).
enum SeriesChartFixture {
    struct Area {
        var code: Int
        var nameThai: String
        var nameEnglish: String
        var values: [Double?]
    }

    /// Three fiscal quarters: Q1–Q3 of FY 2567 (October 2023 to June 2024).
    static let windows = Window.windows(endingIn: YearMonth(year: 2024, month: 6)!, count: 3)

    /// The districts of `province` (all 928 of the country without one), the first `count` of
    /// them, with `value(index, window)`.
    static func districts(of province: Int? = nil, count: Int? = nil, value: (Int, Int) -> Double?) -> [Area] {
        let all = province.map { Array(Geography.bundled.districts(ofProvince: $0)) } ?? Geography.bundled.districts
        return all.prefix(count ?? all.count).enumerated().map { index, district in
            Area(
                code: district.code, nameThai: district.nameThai, nameEnglish: district.nameEnglish,
                values: windows.indices.map { value(index, $0) })
        }
    }

    /// The 77 provinces, with `value(index, window)`.
    static func provinces(value: (Int, Int) -> Double?) -> [Area] {
        Geography.bundled.provinces.enumerated().map { index, province in
            Area(
                code: province.code, nameThai: province.nameThai, nameEnglish: province.nameEnglish,
                values: windows.indices.map { value(index, $0) })
        }
    }

    /// A value in 0…`scale` that looks random but is the same every run.
    static func scattered(_ index: Int, _ window: Int, scale: Double = 0.4) -> Double {
        var state = UInt64(index &* 7919 &+ window &* 104_729 &+ 17)
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Double((state >> 33) % 10_000) / 10_000 * scale
    }

    /// The summary of `indicatorID` at `level` for `areas`.
    static func summary(_ indicatorID: String, level: AreaLevel = .district, areas: [Area]) -> Summary {
        let definition = IndicatorCatalog.bundled[id: indicatorID]!
        var rows: [SummaryRow] = []
        for area in areas {
            for (index, window) in windows.enumerated() {
                let value = area.values[index]
                let previous = index > 0 ? area.values[index - 1] : nil
                let column = areas.compactMap { $0.values[index] }
                let rank = value.map { value in
                    1 + column.filter { definition.direction == .higher ? $0 > value : $0 < value }.count
                }
                rows.append(
                    SummaryRow(
                        level: level, areaCode: level == .nation ? nil : area.code, areaNameThai: area.nameThai,
                        areaNameEnglish: area.nameEnglish, indicatorID: indicatorID, window: window, value: value,
                        targetMet: value.flatMap(definition.meetsTarget),
                        change: value.flatMap { value in previous.map { value - $0 } }, rank: rank,
                        dataAsOf: value == nil ? nil : window.lastDay,
                        areasReporting: value == nil ? 0 : 1, areasInInput: 1))
            }
        }
        return Summary(rows: rows, windows: windows, indicators: [definition])
    }

    /// The series of `summary`'s only indicator at `level`.
    static func series(_ summary: Summary, level: AreaLevel = .district) -> IndicatorSeries {
        IndicatorSeries(summary: summary, indicatorID: summary.indicators[0].id, level: level)!
    }
}
