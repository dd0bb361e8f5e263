import KPICore

/// Decides the pages of a briefing and how each is drawn: cover, key findings, per indicator
/// the comparison of windows and the ranking, per province (of a zone) its districts, and the
/// data page.
struct BriefingPlanner {
    let summary: Summary
    let report: IngestReport
    let request: BriefingRequest
    /// Measures text for pagination, exactly as the PDF canvas will.
    let measuring: RecordingCanvas

    private var language: Language { request.language }
    private var thai: Bool { request.language == .thai }
    private var calendar: CalendarFormatter { CalendarFormatter(language: language, digits: request.digits) }
    private var theme: ChartTheme { ChartTheme(size: Briefing.pageSize) }

    func pages() -> [BriefingPage] {
        let headlines = HeadlineIndicators.of(summary)
        var pages = cover()
        pages += scorecards(summary, indicators: headlines, scope: request.scope.chartScope, imageName: "00-scorecard")
        pages += findings()
        for (index, definition) in headlines.enumerated() {
            pages += indicatorPages(definition, number: index + 1)
        }
        pages += partPages(headlines)
        pages += dataPages()
        return pages
    }

    // MARK: - Pages

    private func cover() -> [BriefingPage] {
        let scope = request.scope
        var blocks: [TextBlock] = [.heading(thai ? "พื้นที่" : "Areas"), .paragraph(scope.parts(in: language).joined(separator: thai ? "  " : ", "))]
        blocks.append(.heading(thai ? "ช่วงเวลาที่เปรียบเทียบ" : "Windows compared"))
        blocks += summary.windows.map { .bullet(calendar.windowLabel($0)) }
        blocks.append(.heading(thai ? "วันที่ของข้อมูลแต่ละชุด" : "Data as of, per dataset"))
        blocks += datasetDates().map { kind, date in
            .bullet("\(kind.displayName(in: language)): " + (date.map(calendar.date) ?? (thai ? "ไม่มีข้อมูลในช่วงที่เปรียบเทียบ" : "no data in the windows")))
        }
        blocks.append(.paragraph((thai ? "วันที่ออกรายงาน " : "Issued ") + calendar.date(request.issued)))
        let title = thai ? "สรุปผลการดำเนินงานตามตัวชี้วัด เพื่อประกอบการตรวจราชการ" : "Key indicators for the inspection visit"
        return textPages(title: title, subtitle: scope.name(in: language), blocks: blocks, imageName: nil)
    }

    private func findings() -> [BriefingPage] {
        var blocks: [TextBlock] = []
        for definition in HeadlineIndicators.of(summary) {
            guard let series = IndicatorSeries(summary: summary, indicatorID: definition.id, level: request.scope.areaLevel) else { continue }
            let total = IndicatorSeries(summary: summary, indicatorID: definition.id, level: request.scope.totalLevel)?
                .areas.first { $0.code == request.scope.code }
            let sentences = Findings(series: series, total: total, scopeName: request.scope.name(in: language),
                                     options: chartOptions()).sentences()
            guard !sentences.isEmpty else { continue }
            blocks.append(.heading(definition.name(in: language)))
            blocks += sentences.map(TextBlock.bullet)
        }
        guard !blocks.isEmpty else { return [] }
        return textPages(title: thai ? "ประเด็นสำคัญ" : "Key findings", subtitle: request.scope.name(in: language), blocks: blocks, imageName: nil)
    }

    /// The comparison of windows and the ranking of the newest window of one indicator.
    private func indicatorPages(_ definition: IndicatorDefinition, number: Int) -> [BriefingPage] {
        guard let series = IndicatorSeries(summary: summary, indicatorID: definition.id, level: request.scope.areaLevel) else { return [] }
        let scope = request.scope.chartScope
        let prefix = (number < 10 ? "0" : "") + "\(number)-\(definition.id)"
        let title = request.digits.apply(to: "\(definition.name(in: language)) — \(scope.description(in: language))")
        let bars = { (options: ChartOptions) in GroupedBarsChart(series: series, scope: scope, options: options) }
        let ranking = { (options: ChartOptions) in RankingChart(series: series, scope: scope, options: options) }
        let rankingPages = ranking(chartOptions()).drawPages(on: measuring)
        return [
            BriefingPage(titles: [title], imageName: "\(prefix)-grouped-bars",
                         draw: { canvas, numbering in bars(chartOptions(numbering)).draw(on: canvas) },
                         image: (Briefing.imageSize, { canvas in bars(imageOptions()).draw(on: canvas) })),
            BriefingPage(titles: [title] + Array(repeating: title + (thai ? " (ต่อ)" : " (continued)"), count: rankingPages - 1),
                         imageName: "\(prefix)-ranking",
                         draw: { canvas, numbering in ranking(chartOptions(numbering)).drawPages(on: canvas) },
                         image: (Size(width: Briefing.imageSize.width, height: ranking(imageOptions()).preferredHeight(measuringWith: measuring)),
                                 { canvas in ranking(imageOptions()).draw(on: canvas) })),
        ]
    }

    /// For a zone, a page per province: its districts' scorecard of the leading headline
    /// indicators (the Department's own datasets), split only where the rows need it.
    private func partPages(_ headlines: [IndicatorDefinition]) -> [BriefingPage] {
        guard case .zone(let zone) = request.scope else { return [] }
        let leading = headlines.filter { HeadlineIndicators.leading.contains($0.id) }
        return Geography.bundled.provinces(ofZone: zone).flatMap { province in
            scorecards(summary, indicators: leading, scope: ChartScope(level: .district, province: province.code),
                       imageName: "province-\(province.code)-scorecard")
        }
    }

    /// Scorecards of `indicators` over `scope`'s areas, split into as many pages as the columns
    /// and rows need to fit A4 at a readable size.
    private func scorecards(_ summary: Summary, indicators: [IndicatorDefinition], scope: ChartScope, imageName: String) -> [BriefingPage] {
        func chart(_ summary: Summary, _ columns: [IndicatorDefinition], _ options: ChartOptions) -> ScorecardChart? {
            ScorecardChart(summary: summary, indicators: columns, scope: scope, options: options)
        }
        func fits(_ summary: Summary, _ columns: [IndicatorDefinition]) -> Bool {
            guard let chart = chart(summary, columns, chartOptions()) else { return true }
            let size = chart.preferredSize(measuringWith: measuring)
            return size.width <= Briefing.pageSize.width + 0.5 && size.height <= Briefing.pageSize.height + 0.5
        }
        // Columns first, on all rows' names; then rows, on each group of columns.
        let shown = AreaFilter(levels: [scope.level], province: scope.province, zone: scope.zone)
        let codes = Set(summary.rows.filter { $0.level == scope.level }.compactMap(\.areaCode))
            .filter { shown.includes(scope.level, code: $0, in: .bundled) }.sorted()
        var columnGroups: [[IndicatorDefinition]] = []
        for definition in indicators {
            if let last = columnGroups.last, fits(restricted(summary, scope.level, codes.prefix(1)), last + [definition]) {
                columnGroups[columnGroups.count - 1].append(definition)
            } else {
                columnGroups.append([definition])
            }
        }
        var parts: [(Summary, [IndicatorDefinition])] = []
        for columns in columnGroups {
            var start = 0
            while start < codes.count {
                var end = start + 1
                while end < codes.count, fits(restricted(summary, scope.level, codes[start...end]), columns) { end += 1 }
                parts.append((restricted(summary, scope.level, codes[start..<end]), columns))
                start = end
            }
        }
        let title = request.digits.apply(to: "\(thai ? "ผลการดำเนินงานตามตัวชี้วัด" : "Indicator scorecard") — \(scope.description(in: language))")
        return parts.enumerated().compactMap { index, part in
            let (partSummary, columns) = part
            guard let measured = chart(partSummary, columns, imageOptions()) else { return nil }
            let name = parts.count == 1 ? imageName : "\(imageName)-\(index + 1)"
            return BriefingPage(titles: [title], imageName: name,
                                draw: { canvas, numbering in chart(partSummary, columns, chartOptions(numbering))?.draw(on: canvas) },
                                image: (measured.preferredSize(measuringWith: measuring), { canvas in measured.draw(on: canvas) }))
        }
    }

    /// `summary` with only the areas of `level` whose codes are in `codes` (other levels kept).
    private func restricted<Codes: Collection<Int>>(_ summary: Summary, _ level: AreaLevel, _ codes: Codes) -> Summary {
        let kept = Set(codes)
        var restricted = summary
        restricted.rows = summary.rows.filter { $0.level != level || $0.areaCode.map(kept.contains) == true }
        return restricted
    }

    private func dataPages() -> [BriefingPage] {
        var blocks: [TextBlock] = [.heading(thai ? "แฟ้มข้อมูลนำเข้า" : "Input files")]
        let widths = [0.46, 0.22, 0.14, 0.18]
        blocks.append(.row(thai ? ["แฟ้ม", "ชุดข้อมูล", "แถวที่ใช้", "เดือนล่าสุด"] : ["File", "Dataset", "Rows used", "Latest month"],
                           widths: widths, header: true))
        for file in report.files {
            blocks.append(.row([file.path, file.kind.displayName(in: language), request.digits.apply(to: grouped(file.rows)),
                                file.latestMonth.map(calendar.month) ?? "–"], widths: widths, header: false))
        }
        blocks.append(.heading(thai ? "แถวที่ถูกข้าม" : "Rows skipped"))
        if report.issues.count == 0 {
            blocks.append(.paragraph(thai ? "ไม่มี: ทุกแถวผ่านการตรวจสอบ" : "None: every row passed the checks."))
        } else {
            blocks += report.issues.countByReason.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map { reason, count in
                .bullet(request.digits.apply(to: "\(grouped(count)) " + (thai ? "แถว: " : "rows: ")) + reason)
            }
        }
        let given = Set(report.files.map(\.kind))
        let missing = DatasetKind.allCases.filter { !given.contains($0) }
        if !missing.isEmpty {
            blocks.append(.heading(thai ? "ชุดข้อมูลที่ไม่ได้ให้มา" : "Datasets not given"))
            blocks += missing.map { .bullet($0.displayName(in: language) + (thai ? ": ไม่มีแฟ้ม จึงไม่มีตัวชี้วัดของชุดนี้ในรายงาน" : ": no file, so its indicators are not in this briefing")) }
        }
        blocks.append(.heading(thai ? "วันที่ของข้อมูล" : "Data dates"))
        blocks += datasetDates().map { kind, date in
            .bullet("\(kind.displayName(in: language)): " + (date.map(calendar.dataAsOf) ?? "–"))
        }
        blocks.append(.heading(thai ? "ที่มาและสัญญาอนุญาต" : "Sources and licences"))
        blocks.append(.paragraph(thai ? "ตัวชี้วัดคำนวณโดย ChumchonKPI จากแฟ้มข้อมูลข้างต้น ตามนิยามในสัญญาข้อมูล (อัตราส่วน = ผลรวมตัวตั้ง / ผลรวมตัวหาร ทุกระดับ)"
                                      : "Indicators computed by ChumchonKPI from the files above, as the data contract defines them (ratios are Σ numerator / Σ denominator at every level)."))
        blocks.append(.paragraph("Administrative areas: GeoThai (github.com/GeoThai/data, data release 2026.10.23), CC BY 4.0, from Department of Provincial Administration data. Changed: reformatted to CSV, region and subdistrict_count columns added, 5 English names re-cased."))
        return textPages(title: thai ? "ข้อมูลที่ใช้" : "About the data", subtitle: request.scope.name(in: language), blocks: blocks, imageName: nil)
    }

    // MARK: - Helpers

    /// Text pages with the common frame, as many as `blocks` need.
    private func textPages(title: String, subtitle: String, blocks: [TextBlock], imageName: String?) -> [BriefingPage] {
        let flow = TextFlow(theme: theme)
        let widest = ChartOptions.PageNumbering(first: 888, total: 888)
        let area = frame(title: title, subtitle: subtitle, numbering: widest).draw(on: measuring, theme: theme)
        let chunks = flow.paginate(blocks, size: Size(width: area.width, height: area.height), canvas: measuring)
        return chunks.enumerated().map { index, chunk in
            let pageTitle = index == 0 ? title : title + (thai ? " (ต่อ)" : " (continued)")
            return BriefingPage(titles: [pageTitle], imageName: nil, draw: { canvas, numbering in
                let area = frame(title: pageTitle, subtitle: subtitle, numbering: numbering).draw(on: canvas, theme: theme)
                flow.draw(chunk, in: area, on: canvas)
            }, image: nil)
        }
    }

    private func frame(title: String, subtitle: String, numbering: ChartOptions.PageNumbering) -> ChartFrame {
        ChartFrame(title: title, subtitle: subtitle, asOfLine: asOfLine, sourceLine: chartOptions(numbering).sourceLine)
    }

    /// Options of a chart drawn as pages of the PDF, numbered from `numbering` when given.
    private func chartOptions(_ numbering: ChartOptions.PageNumbering? = nil) -> ChartOptions {
        ChartOptions(language: language, digits: request.digits, size: Briefing.pageSize, pageNumbering: numbering)
    }

    /// Options of a figure written alone by `--images`.
    private func imageOptions() -> ChartOptions {
        ChartOptions(language: language, digits: request.digits, size: Briefing.imageSize)
    }

    /// "ข้อมูล ณ วันที่ …" of the newest data used anywhere in the briefing.
    private var asOfLine: String {
        summary.rows.compactMap(\.dataAsOf).max().map(calendar.dataAsOf) ?? (thai ? "ข้อมูล ณ วันที่ –" : "Data as of –")
    }

    /// Each dataset given, with the newest date its indicators' values are as of.
    private func datasetDates() -> [(DatasetKind, CivilDate?)] {
        let kinds = DatasetKind.allCases.filter { kind in report.files.contains { $0.kind == kind } }
        return kinds.map { kind in
            (kind, summary.rows.filter { kind.gives($0.indicatorID) }.compactMap(\.dataAsOf).max())
        }
    }

    private func grouped(_ number: Int) -> String {
        ValueFormatter.grouped(Double(number), decimals: 0)
    }
}
