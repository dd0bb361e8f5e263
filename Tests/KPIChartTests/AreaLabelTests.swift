import KPICore
import Testing

@testable import KPIChart

/// One rule names the areas of every chart: two districts called เฉลิมพระเกียรติ in one chart
/// (3032 of Nakhon Ratchasima, 3123 of Buri Ram; Datasets/geography) say which province each is in.
@Suite struct AreaLabelTests {
    let overdue = "womens-fund.overdue-ratio"
    let scope = ChartScope(level: .district, in: .zone(13))
    /// Districts of both provinces: the two เฉลิมพระเกียรติ and two others.
    let codes = [3001, 3032, 3101, 3123]

    var areas: [SeriesChartFixture.Area] {
        let districts = Geography.bundled.districts
        return codes.enumerated().map { index, code in
            let district = districts.first { $0.code == code }!
            return SeriesChartFixture.Area(
                code: code, nameThai: district.nameThai, nameEnglish: district.nameEnglish,
                values: SeriesChartFixture.windows.indices.map { 0.02 * Double(index + 1) + 0.01 * Double($0) })
        }
    }

    @Test func districtsOfTheSameNameGetTheirProvinces() {
        let districts = codes.map { code in Geography.bundled.districts.first { $0.code == code }! }
        for language in Language.allCases {
            let names = districts.map { $0.name(in: language) }
            let labels = AreaLabels.labels(names: names, codes: codes, level: .district, language: language)
            let provinces = [30, 31].map { Geography.bundled.province(code: $0)!.name(in: language) }
            #expect(labels[1] == "\(names[1]) (\(provinces[0]))")
            #expect(labels[3] == "\(names[3]) (\(provinces[1]))")
            #expect(labels[0] == names[0] && labels[2] == names[2], "a name of its own is left as it is")
        }
        #expect(
            AreaLabels.labels(
                names: ["เฉลิมพระเกียรติ", "เฉลิมพระเกียรติ"], codes: [3032, 3123], level: .district, language: .thai)
                == ["เฉลิมพระเกียรติ (นครราชสีมา)", "เฉลิมพระเกียรติ (บุรีรัมย์)"])
        // Alone in its chart, a district needs no province.
        #expect(
            AreaLabels.labels(
                names: ["เฉลิมพระเกียรติ", "โชคชัย"], codes: [3032, 3007], level: .district, language: .thai)
                == ["เฉลิมพระเกียรติ", "โชคชัย"])
        #expect(
            AreaLabels.labels(names: ["เขตตรวจราชการที่ 13"], codes: [13], level: .zone, language: .thai, digits: .thai)
                == ["เขตตรวจราชการที่ ๑๓"])
    }

    /// The texts of `draw` on a recording canvas of 1600×900 and taller, without line breaks.
    private func texts(height: Double = 900, _ draw: (RecordingCanvas) -> Void) throws -> [String] {
        let canvas = try RecordingCanvas(size: Size(width: 1600, height: height))
        draw(canvas)
        return canvas.texts.map { $0.string.replacingOccurrences(of: "\n", with: " ") }
    }

    /// Both districts named with their provinces, apart, in `texts`.
    private func expectBothProvinces(
        _ texts: [String], _ chart: String, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        for label in ["เฉลิมพระเกียรติ (นครราชสีมา)", "เฉลิมพระเกียรติ (บุรีรัมย์)"] {
            #expect(texts.contains { $0.contains(label) }, "\(chart): \(label)", sourceLocation: sourceLocation)
        }
    }

    @Test func everyChartOfAreasLabelsThemApart() throws {
        let summary = SeriesChartFixture.summary(overdue, areas: areas)
        let series = SeriesChartFixture.series(summary)
        expectBothProvinces(
            try texts { GroupedBarsChart(series: series, scope: scope, options: ChartOptions()).draw(on: $0) },
            "grouped bars")
        expectBothProvinces(
            try texts { TrendChart(series: series, scope: scope, options: ChartOptions()).draw(on: $0) }, "trend")
        expectBothProvinces(
            try texts { RankingChart(series: series, scope: scope, options: ChartOptions()).draw(on: $0) }, "ranking")
        let scorecard = try #require(
            ScorecardChart(summary: summary, indicators: summary.indicators, scope: scope, options: ChartOptions()))
        expectBothProvinces(try texts(height: 1400) { scorecard.draw(on: $0) }, "scorecard")

        let parts = SalesBreakdown.channel.parts.map {
            SeriesChartFixture.series(SeriesChartFixture.summary($0.indicatorID, areas: areas))
        }
        let breakdown = BreakdownChart(breakdown: .channel, parts: parts, scope: scope, options: ChartOptions())
        expectBothProvinces(try texts { breakdown.draw(on: $0) }, "breakdown")
    }
}
