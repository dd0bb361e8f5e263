import KPICore

/// Decides the pages of a briefing and how each is drawn: the cover (the round, the
/// Department, the data's dates, and the key findings: every target missed by area and
/// district), the scorecard, the indicators two to a page (the comparison of the rounds, or of
/// survey years, ranked where ranking is fair, captioned with each indicator's story), for a zone
/// a page per province with every indicator that has a target by district, and the data page.
struct BriefingPlanner {
    let summary: Summary
    let report: IngestReport
    let request: BriefingRequest
    /// Measures text for the figures' size rules, exactly as the PDF canvas will.
    let measurer: TextMeasurer
    /// A page that measures with `measurer` and draws nothing: for pagination.
    let measuring: MeasuringCanvas

    /// The planner of the briefing of `summary`, measuring text with `measurer`.
    init(summary: Summary, report: IngestReport, request: BriefingRequest, measurer: TextMeasurer) {
        self.summary = summary
        self.report = report
        self.request = request
        self.measurer = measurer
        measuring = MeasuringCanvas(size: Briefing.pageSize, measuringWith: measurer)
    }

    private var language: Language { request.language }
    private var calendar: CalendarFormatter { CalendarFormatter(language: language, digits: request.digits) }
    private var theme: ChartTheme { ChartTheme(size: Briefing.pageSize, options: chartOptions()) }

    func pages() -> [BriefingPage] {
        let headlines = HeadlineIndicators.of(summary)
        var pages = cover(headlines)
        // A province's districts: the indicators with a target (the rest are ranked on their pages).
        let scorecard = request.scope.partsLevel == .district ? headlines.filter { $0.target != nil } : headlines
        pages += scorecards(
            scorecard.isEmpty ? headlines : scorecard, scope: request.scope.comparedAreas, imageName: "00-scorecard")
        pages += indicatorPages(headlines)
        pages += provincePages(headlines)
        pages += dataPages()
        return pages
    }

    // MARK: - Pages

    /// The cover: the round, the Department, the areas, the periods, the data's dates, then the
    /// key findings: every target missed, by area and district (each indicator's own story is
    /// the caption of its figure).
    private func cover(_ headlines: [IndicatorDefinition]) -> [BriefingPage] {
        let scope = request.scope
        let separator = LocalizedText(thai: "  ·  ", english: " · ")(language)
        // A zone's provinces; a province's many districts are on its scorecard.
        let parts = scope.partNames(in: language)
        let areas =
            parts.count <= Self.mostBarGroups
            ? [
                LocalizedText(thai: "พื้นที่ ", english: "areas: ")(language)
                    + parts.joined(separator: LocalizedText(thai: "  ", english: ", ")(language))
            ] : []
        let issued = LocalizedText(thai: "ออกรายงาน ", english: "issued ")(language) + calendar.date(request.issued)
        var blocks: [TextBlock] = [
            .item(
                title: LocalizedText(
                    thai: "รอบการตรวจราชการ ",
                    english: "Inspection round: ")(language) + roundName,
                text: (areas + [issued]).joined(separator: separator))
        ]
        var periods = summary.windows.map(calendar.windowLabel).joined(separator: separator)
        if summary.indicators.contains(where: { $0.cadence == .annual }), !summary.surveyYears.windows.isEmpty {
            let years = summary.surveyYears.windows.map(calendar.surveyYear).joined(
                separator: LocalizedText(
                    thai: " ",
                    english: ", ")(language))
            periods += LocalizedText(
                thai: "\nตัวชี้วัดรายปี (เช่น จปฐ.) เปรียบเทียบตามปีที่สำรวจ: \(years)",
                english: "\nAnnual indicators (such as BMN) by survey year: \(years)")(language)
        }
        blocks.append(
            .item(title: LocalizedText(thai: "ช่วงเวลาที่เปรียบเทียบ", english: "Periods compared")(language), text: periods)
        )
        let dates = datasetDates().map { kind, date in
            "\(kind.displayName(in: language)) "
                + (date.map(calendar.date)
                    ?? LocalizedText(
                        thai: "ไม่มีข้อมูลในช่วงที่เปรียบเทียบ",
                        english: "no data in the periods")(language))
        }
        blocks.append(
            .item(
                title: LocalizedText(
                    thai: "ข้อมูล ณ วันที่ ของแต่ละชุดข้อมูล",
                    english: "Data as of, per dataset")(language), text: dates.joined(separator: separator)))
        let title = LocalizedText(
            thai: "สรุปผลการดำเนินงานตามตัวชี้วัด เพื่อประกอบการตรวจราชการ",
            english: "Key indicators for the inspection visit")(language)
        let department = LocalizedText(
            thai: "กรมการพัฒนาชุมชน กระทรวงมหาดไทย",
            english: "Community Development Department, Ministry of Interior")(language)
        let subtitle = scope.fullName()(language) + separator + department
        // The most areas named per missed target that keep the cover one page (the rest are counted).
        let covers = [3, 2, 1].lazy.map {
            textPages(title: title, subtitle: subtitle, blocks: blocks + missedTargets(headlines, listing: $0))
        }
        return covers.first { $0.count == 1 }
            ?? textPages(title: title, subtitle: subtitle, blocks: blocks + missedTargets(headlines, listing: 3))
    }

    /// "ไตรมาส 4 ปีงบประมาณ 2569 (ก.ค.–ก.ย. 69)", or the newest window's months.
    private var roundName: String {
        guard let newest = summary.windows.last else { return "" }
        guard let quarter = newest.fiscalQuarter else { return calendar.monthRange(newest) }
        let year = request.digits.apply(
            to: String(language == .thai ? quarter.fiscalYear : quarter.fiscalYearCommonEra))
        let number = request.digits.apply(to: String(quarter.quarter))
        return LocalizedText(
            thai: "ไตรมาส \(number) ปีงบประมาณ \(year) (\(calendar.monthRange(newest)))",
            english: "Quarter \(number) of fiscal year \(year) (\(calendar.monthRange(newest)))")(language)
    }

    /// "ยังไม่ผ่านเป้าหมาย": per indicator with a target, the areas below it and the districts
    /// below it (the `listing` worst of each, the rest counted; a zone's province pages list every
    /// district).
    private func missedTargets(_ headlines: [IndicatorDefinition], listing: Int) -> [TextBlock] {
        let level = request.scope.partsLevel
        var blocks: [TextBlock] = [
            .heading(
                LocalizedText(
                    thai: "ประเด็นสำคัญ: ตัวชี้วัดที่ยังไม่ผ่านเป้าหมาย",
                    english: "Key findings: targets missed")(language))
        ]
        for definition in headlines where definition.target != nil {
            guard let areas = IndicatorSeries(comparisonOf: summary, indicatorID: definition.id, level: level) else {
                continue
            }
            let formatter = ValueFormatter(
                definition: definition,
                largest: areas.valueRange.map { max(abs($0.lowerBound), abs($0.upperBound)) } ?? 0,
                language: language, digits: request.digits)
            var parts = [missed(areas, formatter: formatter, listing: listing)]
            if level != .district,
                let districts = IndicatorSeries(comparisonOf: summary, indicatorID: definition.id, level: .district)
            {
                parts.append(missed(districts, formatter: formatter, listing: listing))
            }
            let period = areas.shortLabel(areas.windows.count - 1, calendar: calendar)
            let target = ChartTitles.targetLabel(definition, formatter: formatter, language: language) ?? ""
            blocks.append(
                .item(
                    title: "\(name(definition)) (\(period) · \(target))",
                    text: request.digits.apply(
                        to: parts.joined(
                            separator: LocalizedText(
                                thai: "   ",
                                english: "; ")(language)))))
        }
        if blocks.count == 1 {
            blocks.append(
                .paragraph(
                    LocalizedText(
                        thai: "ไม่มีตัวชี้วัดที่มีเป้าหมายในข้อมูล",
                        english: "No indicator with a target in the data.")(language)))
        }
        return blocks
    }

    /// "ไม่ผ่าน 2 จาก 4 จังหวัด: ลำปาง 10.2% แม่ฮ่องสอน 10.2%", worst first, at most `listing` named.
    private func missed(_ series: IndicatorSeries, formatter: ValueFormatter, listing: Int) -> String {
        let direction = series.definition.direction
        let values = zip(series.areas, series.areaNames(in: language)).compactMap { area, name in
            area.newest.flatMap { row in row.value.map { (name: name, value: $0, met: row.targetMet == true) } }
        }
        let missed = values.filter { !$0.met }.sorted {
            direction == .higher ? $0.value < $1.value : $0.value > $1.value
        }
        let noun = series.level.noun(within: request.scope)
        guard !missed.isEmpty else {
            return LocalizedText(
                thai: "ผ่านทุก\(noun.thai) (\(values.count))",
                english: "all \(values.count) \(noun.english) met it")(language)
        }
        let listed = missed.prefix(listing).map { "\($0.name) \(formatter.label($0.value))" }
        var text = LocalizedText(
            thai: "ไม่ผ่าน \(missed.count) จาก \(values.count) \(noun.thai): " + listed.joined(separator: "  "),
            english: "\(missed.count) of \(values.count) \(noun.english) missed: " + listed.joined(separator: ", "))(
                language)
        if missed.count > listing {
            text += LocalizedText(
                thai: " และอีก \(missed.count - listing) \(noun.thai)",
                english: " and \(missed.count - listing) more")(language)
        }
        return text
    }

    /// The indicators two to a page, each a figure of its own: grouped bars of the periods for a
    /// few areas, a ranking of the newest period with its change for many. A figure too tall for
    /// half a page gets a page of its own.
    private func indicatorPages(_ headlines: [IndicatorDefinition]) -> [BriefingPage] {
        let figures = headlines.enumerated().compactMap { index, definition in
            indicatorFigure(definition, number: index + 1)
        }
        var pages: [BriefingPage] = []
        var pending: [IndicatorFigure] = []
        func flush() {
            guard !pending.isEmpty else { return }
            pages.append(panelPage(pending))
            pending = []
        }
        for figure in figures {
            if figure.fitsHalfPage {
                pending.append(figure)
                if pending.count == 2 { flush() }
            } else {
                flush()
                pages.append(panelPage([figure]))
            }
        }
        flush()
        return pages
    }

    /// One indicator's figure in the briefing.
    private struct IndicatorFigure {
        let title: String
        /// The title on half a page, where the page's areas go without saying: the indicator's name.
        let shortTitle: String
        let imageName: String
        let fitsHalfPage: Bool
        /// The figure's chart, drawn with these options.
        let chart: (ChartOptions) -> any Chart
    }

    private func indicatorFigure(_ definition: IndicatorDefinition, number: Int) -> IndicatorFigure? {
        guard
            let series = IndicatorSeries(
                comparisonOf: summary, indicatorID: definition.id, level: request.scope.partsLevel)
        else { return nil }
        let scope = request.scope.comparedAreas
        let prefix = (number < 10 ? "0" : "") + "\(number)-\(definition.id)"
        let title = request.digits.apply(to: "\(definition.name(in: language)) — \(scope.description(in: language))")
        let total = IndicatorSeries(comparisonOf: summary, indicatorID: definition.id, level: request.scope.level)?
            .areas.first { $0.code == request.scope.code }
        let findings = Findings(series: series, total: total, scope: request.scope, options: chartOptions())
        // A ranking shows who moved and who is first: its caption keeps to the scope's figure.
        let caption = series.areas.count <= Self.mostBarGroups ? findings.caption() : findings.caption(areas: false)
        let captioned = { (options: ChartOptions) in
            var options = options
            options.caption = caption
            return options
        }
        var half = captioned(halfPageOptions(nil))
        half.title = name(definition)
        let bars = series.areas.count <= Self.mostBarGroups
        let chart: (ChartOptions) -> any Chart =
            bars
            ? { GroupedBarsChart(series: series, scope: scope, options: captioned($0)) }
            : { RankingChart(series: series, scope: scope, options: captioned($0)) }
        return IndicatorFigure(
            title: title, shortTitle: half.title!, imageName: prefix + (bars ? "-grouped-bars" : "-ranking"),
            fitsHalfPage: chart(half).size(paged: false, measuringWith: measurer).height <= half.size.height + 0.5,
            chart: chart)
    }

    /// More areas than this are ranked rather than drawn as groups of bars.
    static let mostBarGroups = 8

    /// A page of one or two figures side by side; the last one carries the page number.
    private func panelPage(_ figures: [IndicatorFigure]) -> BriefingPage {
        let images = figures.map { figure in
            BriefingPage.Image(name: figure.imageName, chart: figure.chart(imageOptions()))
        }
        let shown = figures.count == 1 ? [figures[0].title] : figures.map(\.shortTitle)
        return BriefingPage(titles: [shown.joined(separator: " | ")], images: images) { canvas, numbering in
            let width = Briefing.pageSize.width / Double(figures.count)
            for (index, figure) in figures.enumerated() {
                let last = index == figures.count - 1
                var options = figures.count == 1 ? chartOptions(numbering) : halfPageOptions(last ? numbering : nil)
                if figures.count == 2 { options.title = figure.shortTitle }
                if !last { options.source = "" }
                let frame = Rect(x: Double(index) * width, y: 0, width: width, height: Briefing.pageSize.height)
                figure.chart(options).draw(on: InsetCanvas(canvas, frame: frame))
            }
        }
    }

    /// For a zone, a page per province: every indicator with a target, by district, and the
    /// districts without data in the newest period named.
    private func provincePages(_ headlines: [IndicatorDefinition]) -> [BriefingPage] {
        guard case .zone(let zone) = request.scope else { return [] }
        let targeted = headlines.filter { $0.target != nil }
        guard !targeted.isEmpty else { return [] }
        return Geography.bundled.provinces(ofZone: zone).flatMap { province in
            scorecards(
                targeted, scope: ChartScope(level: .district, in: .province(province.code)),
                imageName: "province-\(province.code)-scorecard")
        }
    }

    /// Scorecards of `indicators` over `scope`'s areas (annual indicators at their newest survey
    /// year), split into as many pages as the columns and rows need to fit A4.
    private func scorecards(_ indicators: [IndicatorDefinition], scope: ChartScope, imageName: String) -> [BriefingPage]
    {
        let summary = Self.rowsDrawn(by: scope, of: summary.annualAtNewestSurveyYear)
        let footnotes = silentDistricts(indicators, scope: scope)
        let codes = Set(summary.rows.filter { $0.level == scope.level }.compactMap(\.areaCode)).sorted()
        func chart(_ summary: Summary, _ columns: [IndicatorDefinition], _ options: ChartOptions) -> ScorecardChart? {
            var chart = ScorecardChart(summary: summary, indicators: columns, scope: scope, options: options)
            chart?.footnotes = footnotes
            chart?.areasWithData = codes
            // A few areas (a zone's provinces) run across, each indicator's long name down the side.
            if let areas = chart?.rows.count, areas <= Self.mostBarGroups, columns.count > areas {
                chart?.orientation = .indicatorsDown
            }
            return chart
        }
        func pageOptions(_ numbering: ChartOptions.PageNumbering?, unit: Double?) -> ChartOptions {
            var options = chartOptions(numbering)
            options.unit = unit ?? options.unit
            return options
        }
        func fits(_ summary: Summary, _ columns: [IndicatorDefinition], unit: Double? = nil) -> Bool {
            guard let chart = chart(summary, columns, pageOptions(nil, unit: unit)) else { return true }
            let size = chart.size(paged: false, measuringWith: measurer)
            return size.width <= Briefing.pageSize.width + 0.5 && size.height <= Briefing.pageSize.height + 0.5
        }
        // One page when the whole table fits it in type up to a fifth smaller; else the fewest
        // pages of evenly split columns that each hold every row; when no split does, columns as
        // many as fit beside the first row, and then the rows split.
        let smaller = [0.9, 0.8].map { theme.unit * $0 }.first { fits(summary, indicators, unit: $0) }
        let evenSplit =
            smaller != nil
            ? [indicators]
            : (1...max(1, indicators.count)).lazy
                .map { pages in Self.split(indicators, into: pages) }
                .first { groups in groups.allSatisfy { fits(summary, $0) } }
        var columnGroups: [[IndicatorDefinition]] = evenSplit ?? []
        for definition in indicators where evenSplit == nil {
            if let last = columnGroups.last,
                fits(restricted(summary, scope.level, codes.prefix(1)), last + [definition])
            {
                columnGroups[columnGroups.count - 1].append(definition)
            } else {
                columnGroups.append([definition])
            }
        }
        // Rows: as many pages as filling each in turn takes, the rows then shared evenly among
        // them (no page with a row or two alone).
        var parts: [(Summary, [IndicatorDefinition])] = []
        for columns in columnGroups where smaller == nil {
            var filled: [ArraySlice<Int>] = []
            var start = 0
            while start < codes.count {
                var end = start + 1
                while end < codes.count, fits(restricted(summary, scope.level, codes[start...end]), columns) {
                    end += 1
                }
                filled.append(codes[start..<end])
                start = end
            }
            let even = Self.split(codes, into: max(1, filled.count))
            let pages =
                even.allSatisfy { fits(restricted(summary, scope.level, $0), columns) }
                ? even.map { ArraySlice($0) } : filled
            parts += pages.map { (restricted(summary, scope.level, $0), columns) }
        }
        if smaller != nil { parts = [(summary, indicators)] }
        let scorecard = LocalizedText(thai: "ผลการดำเนินงานตามตัวชี้วัด", english: "Indicator scorecard")(language)
        let title = request.digits.apply(to: "\(scorecard) — \(scope.description(in: language))")
        return parts.enumerated().compactMap { index, part in
            let (partSummary, columns) = part
            guard let alone = chart(partSummary, columns, imageOptions()) else { return nil }
            let name = parts.count == 1 ? imageName : "\(imageName)-\(index + 1)"
            return BriefingPage(titles: [title], images: [BriefingPage.Image(name: name, chart: alone)]) {
                canvas, numbering in
                chart(partSummary, columns, pageOptions(numbering, unit: smaller))?.draw(on: canvas)
            }
        }
    }

    /// `items` in `count` consecutive groups of sizes differing by at most one, larger first.
    static func split<Item>(_ items: [Item], into count: Int) -> [[Item]] {
        let size = items.count / count
        let larger = items.count % count
        var start = 0
        return (0..<count).map { group in
            let end = start + size + (group < larger ? 1 : 0)
            defer { start = end }
            return Array(items[start..<end])
        }
    }

    /// "ไม่มีข้อมูลไตรมาส 4/2569: เกาะคา (โคก หนอง นา)": the districts of a province scope that
    /// report an indicator in some period but not in the newest.
    private func silentDistricts(_ indicators: [IndicatorDefinition], scope: ChartScope) -> [String] {
        guard scope.level == .district, let newest = summary.windows.last else { return [] }
        var silent: [(name: String, indicators: [String])] = []
        for definition in indicators {
            guard let series = IndicatorSeries(comparisonOf: summary, indicatorID: definition.id, level: .district)
            else { continue }
            for (area, name) in zip(series.areas, series.areaNames(in: language))
            where area.code.map({ AreaScope.province($0 / 100) }) == scope.area && area.newest?.value == nil {
                let short = shortName(definition)
                if let index = silent.firstIndex(where: { $0.name == name }) {
                    silent[index].indicators.append(short)
                } else {
                    silent.append((name, [short]))
                }
            }
        }
        guard !silent.isEmpty else { return [] }
        let list = silent.map { "\($0.name) (\($0.indicators.joined(separator: ", ")))" }.joined(
            separator: LocalizedText(
                thai: "  ",
                english: "; ")(language))
        let period = calendar.windowShortLabel(newest)
        return [
            request.digits.apply(
                to: LocalizedText(
                    thai: "ไม่มีข้อมูล\(period): \(list)",
                    english: "No data in \(period): \(list)")(language))
        ]
    }

    /// `summary` with only the rows a scorecard of `scope` reads: the areas of its level inside it
    /// (a province's districts, not the rest of its zone's) and its total. The charts and the page
    /// fitting, tried many times, then look through far fewer rows.
    static func rowsDrawn(by scope: ChartScope, of summary: Summary) -> Summary {
        let total = scope.total
        let shown = scope.filter()
        var narrowed = summary
        narrowed.rows = summary.rows.filter { row in
            row.level == scope.level
                ? shown.includes(row.level, code: row.areaCode, in: .bundled)
                : row.level == total?.level && row.areaCode == total?.code
        }
        return narrowed
    }

    /// `summary` with only the areas of `level` whose codes are in `codes` (other levels kept).
    private func restricted<Codes: Collection<Int>>(_ summary: Summary, _ level: AreaLevel, _ codes: Codes) -> Summary {
        let kept = Set(codes)
        var restricted = summary
        restricted.rows = summary.rows.filter { $0.level != level || $0.areaCode.map(kept.contains) == true }
        return restricted
    }

    private func dataPages() -> [BriefingPage] {
        var blocks: [TextBlock] = [.heading(LocalizedText(thai: "แฟ้มข้อมูลนำเข้า", english: "Input files")(language))]
        let widths = [0.46, 0.22, 0.14, 0.18]
        blocks.append(
            .row(
                language == .thai
                    ? ["แฟ้ม", "ชุดข้อมูล", "แถวที่ใช้", "เดือนล่าสุด"] : ["File", "Dataset", "Rows used", "Latest month"],
                widths: widths, header: true))
        for file in report.files {
            blocks.append(
                .row(
                    [
                        file.path, file.kind.displayName(in: language), request.digits.apply(to: grouped(file.rows)),
                        file.latestMonth.map(calendar.month) ?? "–",
                    ], widths: widths, header: false))
        }
        blocks.append(.heading(LocalizedText(thai: "แถวที่ถูกข้าม", english: "Rows skipped")(language)))
        if report.issues.count == 0 {
            blocks.append(
                .paragraph(
                    LocalizedText(
                        thai: "ไม่มี: ทุกแถวผ่านการตรวจสอบ",
                        english: "None: every row passed the checks.")(language)))
        } else {
            blocks += report.issues.countByReason.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map {
                reason, count in
                .bullet(
                    request.digits.apply(
                        to: "\(grouped(count)) " + LocalizedText(thai: "แถว: ", english: "rows: ")(language)) + reason)
            }
        }
        let given = Set(report.files.map(\.kind))
        let missing = DatasetKind.allCases.filter { !given.contains($0) }
        if !missing.isEmpty {
            blocks.append(.heading(LocalizedText(thai: "ชุดข้อมูลที่ไม่ได้ให้มา", english: "Datasets not given")(language)))
            blocks += missing.map {
                .bullet(
                    $0.displayName(in: language)
                        + LocalizedText(
                            thai: ": ไม่มีแฟ้ม จึงไม่มีตัวชี้วัดของชุดนี้ในรายงาน",
                            english: ": no file, so its indicators are not in this briefing")(language))
            }
        }
        blocks.append(.heading(LocalizedText(thai: "ที่มาและสัญญาอนุญาต", english: "Sources and licences")(language)))
        blocks.append(
            .paragraph(
                LocalizedText(
                    thai:
                        "ตัวชี้วัดคำนวณโดย ChumchonKPI จากแฟ้มข้อมูลข้างต้น ตามนิยามในสัญญาข้อมูล (อัตราส่วน = ผลรวมตัวตั้ง / ผลรวมตัวหาร ทุกระดับ)",
                    english:
                        "Indicators computed by ChumchonKPI from the files above, as the data contract defines them (ratios are Σ numerator / Σ denominator at every level)."
                )(language)))
        blocks.append(
            .paragraph(
                "Administrative areas: GeoThai (github.com/GeoThai/data, data release 2026.10.23), CC BY 4.0, from Department of Provincial Administration data. Changed: reformatted to CSV, region and subdistrict_count columns added, 5 English names re-cased."
            ))
        return textPages(
            title: LocalizedText(
                thai: "ข้อมูลที่ใช้",
                english: "About the data")(language), subtitle: request.scope.fullName()(language), blocks: blocks)
    }

    // MARK: - Helpers

    /// Text pages with the common frame, as many as `blocks` need.
    private func textPages(title: String, subtitle: String, blocks: [TextBlock]) -> [BriefingPage] {
        let flow = TextFlow(theme: theme)
        let widest = ChartOptions.PageNumbering(first: 888, total: 888)
        let area = frame(title: title, subtitle: subtitle, numbering: widest).draw(on: measuring, theme: theme)
        let chunks = flow.paginate(blocks, size: Size(width: area.width, height: area.height), canvas: measuring)
        return chunks.enumerated().map { index, chunk in
            let pageTitle = index == 0 ? title : title + LocalizedText(thai: " (ต่อ)", english: " (continued)")(language)
            return BriefingPage(titles: [pageTitle], images: []) { canvas, numbering in
                let area = frame(title: pageTitle, subtitle: subtitle, numbering: numbering).draw(
                    on: canvas, theme: theme)
                flow.draw(chunk, in: area, on: canvas)
            }
        }
    }

    private func frame(title: String, subtitle: String, numbering: ChartOptions.PageNumbering) -> ChartFrame {
        ChartFrame(title: title, subtitle: subtitle, asOfLine: asOfLine, sourceLine: chartOptions(numbering).sourceLine)
    }

    /// Options of a chart drawn as pages of the PDF, numbered from `numbering` when given.
    private func chartOptions(_ numbering: ChartOptions.PageNumbering? = nil) -> ChartOptions {
        var options = styled(
            ChartOptions(language: language, digits: request.digits, size: Briefing.pageSize, pageNumbering: numbering))
        options.minimumTextSize = Briefing.minimumTextSize
        options.density = .compact
        return options
    }

    /// Options of a figure on half a page, in the page's type.
    private func halfPageOptions(_ numbering: ChartOptions.PageNumbering?) -> ChartOptions {
        var options = chartOptions(numbering)
        options.size = Size(width: Briefing.pageSize.width / 2, height: Briefing.pageSize.height)
        options.unit = theme.unit
        return options
    }

    /// An indicator's name in the briefing's language and digits.
    private func name(_ definition: IndicatorDefinition) -> String {
        request.digits.apply(to: definition.name(in: language))
    }

    /// An indicator's name shortened for a list: up to its first 4 words.
    private func shortName(_ definition: IndicatorDefinition) -> String {
        let words = definition.name(in: language).split(separator: " ")
        return request.digits.apply(to: words.prefix(4).joined(separator: " ") + (words.count > 4 ? "…" : ""))
    }

    /// Options of a figure written alone by `--images`.
    private func imageOptions() -> ChartOptions {
        styled(ChartOptions(language: language, digits: request.digits, size: Briefing.imageSize))
    }

    /// `options` in the request's style and font.
    private func styled(_ options: ChartOptions) -> ChartOptions {
        var options = options
        options.style = request.style
        options.fontFamily = request.fontFamily
        return options
    }

    /// "ข้อมูล ณ วันที่ …" of the newest data used anywhere in the briefing.
    private var asOfLine: String {
        summary.rows.compactMap(\.dataAsOf).max().map(calendar.dataAsOf)
            ?? LocalizedText(
                thai: "ข้อมูล ณ วันที่ –",
                english: "Data as of –")(language)
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
