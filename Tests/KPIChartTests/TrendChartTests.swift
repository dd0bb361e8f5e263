import Foundation
import KPICore
import Testing

@testable import KPIChart

/// The trend chart, laid out on a `RecordingCanvas`: text inside and apart, end labels in the
/// order of the last values, missing values breaking lines, the target line where the axis puts
/// the target, colours and dashes, and the fall-back to the best and worst few.
@Suite struct TrendChartTests {
    private let overdue = "womens-fund.overdue-ratio"
    /// The built-in theme, for the colours of lines.
    private let theme = ChartTheme(size: Size(width: 1600, height: 900))

    /// Chiang Mai's 25 districts, overdue ratios in 0…40 %, some tied at 0, one missing the
    /// middle window and one missing the first.
    private func chiangMai() -> Summary {
        let areas = SeriesChartFixture.districts(of: 50) { index, window in
            if index == 2, window == 1 { return nil }
            if index == 3, window == 0 { return nil }
            if index % 6 == 5 { return 0 }
            return SeriesChartFixture.scattered(index, window)
        }
        return SeriesChartFixture.summary(overdue, areas: areas)
    }

    private func draw(
        _ summary: Summary, level: AreaLevel = .district, in area: AreaScope = .province(50),
        options: ChartOptions = ChartOptions()
    ) throws -> RecordingCanvas {
        let canvas = try RecordingCanvas(size: options.size)
        let series = try #require(IndicatorSeries(summary: summary, indicatorID: overdue, level: level))
        TrendChart(series: series, scope: ChartScope(level: level, in: area), options: options).draw(on: canvas)
        return canvas
    }

    private func endLabels(_ canvas: RecordingCanvas) -> [RecordingCanvas.Text] {
        canvas.texts.filter { $0.groups.contains("end-labels") }.sorted { $0.box.minY < $1.box.minY }
    }

    /// The value a label ends with ("แม่แตง 4.9%" → 0.049).
    private func labelValue(_ text: String) -> Double {
        Double(text.split(separator: " ").last!.replacingOccurrences(of: "%", with: ""))! / 100
    }

    @Test(arguments: [(Language.thai, DigitStyle.arabic), (.english, .arabic), (.thai, .thai)])
    func everyTextInsideTheCanvasAndApart(language: Language, digits: DigitStyle) throws {
        let canvas = try draw(chiangMai(), options: ChartOptions(language: language, digits: digits))
        #expect(endLabels(canvas).count == TrendChart.highlighted)
        expectTextsInsideAndApart(canvas)
    }

    @Test func endLabelsInTheOrderOfTheLastValues() throws {
        let labels = endLabels(try draw(chiangMai()))
        #expect(labels.count == TrendChart.highlighted)
        let values = labels.map { labelValue($0.string) }
        #expect(values == values.sorted(by: >), "top to bottom: highest last value first")
    }

    @Test func everyLineNamedOnceWithItsLastValueWhenTheyFit() throws {
        // Eight districts: the labels fit; three tied at 0 % share one.
        let summary = SeriesChartFixture.summary(
            overdue,
            areas: SeriesChartFixture.districts(of: 50, count: 8) { index, window in
                if index == 2, window == 2 { return nil }
                return index % 3 == 1 ? 0 : 0.01 + SeriesChartFixture.scattered(index, window)
            })
        let canvas = try draw(summary)
        let labels = endLabels(canvas)
        #expect(
            !canvas.texts.contains { $0.groups.contains("legend") && $0.string.hasPrefix("แสดงชื่อเฉพาะ") },
            "no note: all labelled")
        let series = SeriesChartFixture.series(summary)
        for area in series.areas {
            let last = area.values.last { $0 != nil }!!
            let named = labels.filter { $0.string.contains(area.nameThai) }
            #expect(named.count == 1, "\(area.nameThai)")
            #expect(named.first.map { abs(labelValue($0.string) - last) < 0.0005 } == true, "\(area.nameThai)")
        }
        // The districts tied at 0 % share one label.
        #expect(labels.last!.string.hasSuffix("0.0%"))
        #expect(labels.last!.string.components(separatedBy: ", ").count == 3)
    }

    @Test func labelsSitByTheirPointsWhenThereIsRoom() throws {
        let areas = SeriesChartFixture.districts(of: 50, count: 4) { index, window in
            [0.05, 0.15, 0.25, 0.35][index] + 0.01 * Double(window)
        }
        let canvas = try draw(SeriesChartFixture.summary(overdue, areas: areas))
        let labels = endLabels(canvas)
        #expect(labels.count == 4)
        // Each label is level with its line's last marker.
        let markers = canvas.shapes.filter { $0.groups.contains("lines") && $0.kind == .fill }
        for label in labels {
            let close = markers.contains { marker in
                let ys = marker.path.elements.compactMap { element -> Double? in
                    if case .line(let point) = element { point.y } else { nil }
                }
                return abs((ys.min()! + ys.max()!) / 2 - label.box.midY) < 1
            }
            #expect(close, "\(label.string) at \(label.box.midY)")
        }
    }

    @Test func aMissingValueBreaksTheLineAndIsNeverZero() throws {
        let areas = SeriesChartFixture.districts(of: 50, count: 3) { index, window in
            index == 1 && window == 1 ? nil : 0.1 + 0.05 * Double(index)
        }
        let canvas = try draw(SeriesChartFixture.summary(overdue, areas: areas))
        func line(_ index: Int) -> [RecordingCanvas.Shape] {
            canvas.shapes.filter { $0.groups.contains("lines") && $0.color == theme.line(index).color }
        }
        let broken = line(1)
        let stroke = try #require(broken.first { if case .stroke = $0.kind { true } else { false } })
        #expect(
            !stroke.path.elements.contains { if case .line = $0 { true } else { false } }, "no segment across the gap")
        #expect(broken.filter { $0.kind == .fill }.count == 2, "a marker for each of the two values only")
        let whole = try #require(line(0).first { if case .stroke = $0.kind { true } else { false } })
        #expect(whole.path.elements.filter { if case .line = $0 { true } else { false } }.count == 2)
    }

    @Test func targetLineWhereTheAxisPutsTheTarget() throws {
        let canvas = try draw(chiangMai())
        let target = try #require(
            canvas.shapes.first { shape in
                if shape.groups.contains("target"), case .stroke(_, let dash) = shape.kind {
                    return !dash.isEmpty
                } else {
                    return false
                }
            })
        guard case .move(let start) = target.path.elements[0], case .line(let end) = target.path.elements[1] else {
            Issue.record("the target is a straight line")
            return
        }
        #expect(abs(start.y - end.y) < 0.01, "horizontal")
        // The 10 % gridline's label is centred on the gridline.
        let tick = try #require(canvas.texts.first { $0.groups.contains("value-axis") && $0.string == "10%" })
        #expect(abs(start.y - tick.box.midY) < 0.01)
        #expect(canvas.texts.contains { $0.groups.contains("target") && $0.string == "10.0%" })
    }

    /// The strokes of the lines, with their colours and dashes.
    private func lineStrokes(_ canvas: RecordingCanvas) -> [(Color, [Double])] {
        canvas.shapes.filter { $0.groups.contains("lines") }.compactMap { shape -> (Color, [Double])? in
            if case .stroke(_, let dash) = shape.kind { (shape.color, dash) } else { nil }
        }
    }

    @Test func coloursComeRoundWithAnotherDash() throws {
        let areas = SeriesChartFixture.districts(of: 50, count: TrendChart.mostColouredLines) {
            0.01 + SeriesChartFixture.scattered($0, $1)
        }
        let strokes = lineStrokes(try draw(SeriesChartFixture.summary(overdue, areas: areas)))
        #expect(strokes.count == 8)
        let first = theme.line(0)
        let eighth = theme.line(7)
        #expect(first.color == eighth.color && first.dash != eighth.dash)
        #expect(strokes.contains { $0.0 == first.color && $0.1 == [] })
        #expect(strokes.contains { $0.0 == first.color && $0.1 == eighth.dash })
    }

    @Test func tooManyLinesLabelTheBestAndWorstAndSaySo() throws {
        let areas = SeriesChartFixture.provinces { index, window in
            0.02 + SeriesChartFixture.scattered(index, window, scale: 0.3)
        }
        let summary = SeriesChartFixture.summary(overdue, level: .province, areas: areas)
        let canvas = try draw(summary, level: .province, in: .nation)
        expectTextsInsideAndApart(canvas)
        let labels = endLabels(canvas)
        #expect(labels.count == TrendChart.highlighted)
        let note = try #require(
            canvas.texts.first { $0.groups.contains("legend") && $0.string.hasPrefix("แสดงชื่อเฉพาะ") })
        #expect(note.string.hasSuffix("จาก 77 จังหวัด"))
        // The best (lowest) and the worst (highest) last values are among those labelled.
        let last = areas.map { $0.values.last!! }
        let best = areas[last.indices.min { last[$0] < last[$1] }!]
        let worst = areas[last.indices.max { last[$0] < last[$1] }!]
        #expect(labels.first!.string.hasPrefix(worst.nameThai))
        #expect(labels.last!.string.hasPrefix(best.nameThai))
        let values = labels.map { labelValue($0.string) }
        #expect(values == values.sorted(by: >))
    }

    /// 25 lines in 8 colours are spaghetti: all grey but the best two and the worst two, which
    /// alone are coloured and labelled.
    @Test func manyLinesAreGreyButTheBestAndWorst() throws {
        let areas = SeriesChartFixture.districts(of: 50) { 0.01 + SeriesChartFixture.scattered($0, $1) }
        let canvas = try draw(SeriesChartFixture.summary(overdue, areas: areas))
        let strokes = lineStrokes(canvas)
        #expect(strokes.count == 25)
        let coloured = strokes.filter { $0.0 != ChartColors.standard.fadedLine }
        #expect(coloured.count == 4)
        #expect(Set(coloured.map { ChartColors.standard.series.firstIndex(of: $0.0)! }) == [0, 1, 2, 3])
        let labels = endLabels(canvas)
        #expect(labels.count == 4)
        expectTextsInsideAndApart(canvas)
        // The labelled ones are the best two (lowest) and the worst two of the newest window.
        let last = areas.map { $0.values.last!! }
        let order = last.indices.sorted { last[$0] > last[$1] }
        let named = Set((order.prefix(2) + order.suffix(2)).map { areas[$0].nameThai })
        #expect(Set(labels.map { String($0.string.split(separator: " ").dropLast().joined(separator: " ")) }) == named)
    }

    @Test func rendersThroughTheRendererFromASummarizedCSV() throws {
        // Four districts of Chiang Mai; แม่แจ่ม (5003) has no snapshot in the middle window.
        var csv = "as_of,province_code,district_code,loan_id,outstanding_baht,overdue_baht\n"
        for (date, overdue) in [
            ("2023-12-31", [1, 2, 3, 4]), ("2024-03-31", [2, 3, 4, 5]), ("2024-06-30", [3, 1, 0, 6]),
        ] {
            for (index, district) in [5001, 5002, 5003, 5004].enumerated()
            where !(district == 5003 && date == "2024-03-31") {
                csv += "\(date),50,\(district),L\(district),100.00,\(overdue[index]).00\n"
            }
        }
        let folder = FileManager.default.temporaryDirectory.appending(path: "chumchonkpi-trend-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appending(path: "wf.csv").path
        try Data(csv.utf8).write(to: URL(fileURLWithPath: path))
        let summary = try Summarizer().summarize(
            SummaryRequest(files: [path], filter: AreaFilter(levels: [.district], scope: .province(50)))
        ).0

        let canvas = try draw(summary)
        let maeChaem = theme.line(2).color
        let stroke = try #require(
            canvas.shapes.first { shape in
                if shape.groups.contains("lines"), shape.color == maeChaem, case .stroke = shape.kind {
                    true
                } else {
                    false
                }
            })
        #expect(!stroke.path.elements.contains { if case .line = $0 { true } else { false } })
        let labels = endLabels(canvas).map(\.string)
        #expect(labels == ["เชียงดาว 6.0%", "เมืองเชียงใหม่ 3.0%", "จอมทอง 1.0%", "แม่แจ่ม 0.0%"])

        let request = ChartRequest(
            kind: .trend, indicators: .id(overdue), scope: ChartScope(level: .district, in: .province(50)))
        let png = try ChartRenderer(format: .png).render(request, of: summary)
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
    }
}
