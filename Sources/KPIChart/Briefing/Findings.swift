import KPICore

/// The generated text of a briefing about one indicator, computed from its rows: the scope's
/// value and its change, which areas improved or worsened most, and which ranks first (the
/// targets missed are the cover's). Nothing is fixed prose: every sentence states a figure of the
/// data.
///
/// Changes are like for like (over the districts that reported in both periods), so a district
/// that did not report does not move a province up or down; flows are compared with the same
/// quarter a year earlier as well (sales are seasonal); annual indicators compare survey years.
/// Thai sentences end without a full stop and list with spaces, as Thai official writing does.
struct Findings {
    /// The indicator at the compared level (`IndicatorSeries(comparisonOf:…)`).
    let series: IndicatorSeries
    /// The scope's own total (the zone, the province, the nation) over the same periods.
    let total: IndicatorSeries.AreaSeries?
    /// The part of the country the total is of, which names it in a sentence ("ภาพรวมเขต", "the
    /// zone overall") and its districts (Bangkok's are เขต).
    let scope: AreaScope
    let options: ChartOptions

    private var language: Language { options.language }
    private var definition: IndicatorDefinition { series.definition }
    private var calendar: CalendarFormatter { options.calendar }
    private var newestIndex: Int { series.windows.count - 1 }

    /// The sentences a figure of the indicator carries as its caption: what the figure alone
    /// does not say (the scope's value and changes like for like and, with `areas`, who moved
    /// most and who is first).
    func caption(areas: Bool = true) -> String? {
        let sentences = ([overall(), changes()] + (areas ? [movers(), leaders()] : [])).compactMap { $0 }
        return sentences.isEmpty
            ? nil : sentences.joined(separator: LocalizedText(thai: "  ·  ", english: " · ")(language))
    }

    /// How values read: one unit for every area and period.
    private var formatter: ValueFormatter {
        let values = series.areas.flatMap { $0.values.compactMap { $0 } } + (total?.values.compactMap { $0 } ?? [])
        return ValueFormatter(
            definition: definition, largest: values.map(abs).max() ?? 0, language: options.language, digits: .arabic)
    }

    /// Where the newest period is compared from: the period before, and for flows the same
    /// window a year earlier (like for like).
    private struct Basis {
        var label: String
        var change: (SummaryRow) -> LikeForLikeChange?
        /// The change over every area that reported, which like for like may differ from.
        var plain: (SummaryRow) -> Double?
    }

    private var previousBasis: Basis? {
        guard newestIndex >= 1 else { return nil }
        let flowWithYearEarlier =
            definition.kind == .flow && series.periods == .windows && series.windows.count >= 2
            && series.windows[0] == series.windows[newestIndex].yearEarlier
        // A flow's series starts with last year's window: the quarter before is the one before the newest.
        let previous = newestIndex - 1
        guard !(flowWithYearEarlier && previous == 0) else { return nil }
        return Basis(label: series.shortLabel(previous, calendar: calendar), change: \.likeForLike, plain: \.change)
    }

    private var yearEarlierBasis: Basis? {
        guard definition.kind == .flow, series.periods == .windows else { return nil }
        let earlier = series.windows[newestIndex].yearEarlier
        return Basis(label: calendar.windowShortLabel(earlier), change: \.likeForLikeYearOnYear, plain: \.yoyChange)
    }

    /// "ภาพรวมเขต 8.8% ✓ ผ่านเป้าหมาย (มีข้อมูล 40/42 อำเภอ)", led by the survey year and its
    /// date for an annual indicator ("ปี 2569 ณ 30 กันยายน 2569 ภาพรวมเขต …"): a quarter is in
    /// the figure's subtitle already.
    private func overall() -> String? {
        guard let row = total?.newest, let value = row.value else { return nil }
        let period = series.periods == .windows ? "" : series.label(newestIndex, calendar: calendar) + " "
        var parts = ["\(period)\(scope.totalName(in: language)) \(formatter.labelWithUnit(value))"]
        if let met = row.targetMet {
            parts.append(
                (met
                    ? LocalizedText(thai: "✓ ผ่านเป้าหมาย", english: "✓ target met")
                    : LocalizedText(thai: "✗ ยังไม่ผ่านเป้าหมาย", english: "✗ target missed"))(language))
        }
        if row.areasReporting < row.areasInInput {
            parts.append(
                LocalizedText(
                    thai: "(มีข้อมูล \(row.areasReporting)/\(row.areasInInput) \(districts.thai))",
                    english: "(\(row.areasReporting) of \(row.areasInInput) districts reported)")(language))
        }
        return options.digits.apply(to: parts.joined(separator: LocalizedText(thai: " ", english: ", ")(language)))
    }

    /// "ดีขึ้น 0.3 จุดจากไตรมาส 3/2569 (เทียบเฉพาะ 40 อำเภอที่มีข้อมูลทั้งสองช่วง)", and for flows
    /// the same against last year's window: like for like.
    private func changes() -> String? {
        guard let row = total?.newest, row.value != nil else { return nil }
        let parts = [previousBasis, yearEarlierBasis].compactMap { $0 }.compactMap { basis -> String? in
            guard let change = basis.change(row) else { return nil }
            var text: String
            if change.change == 0 {
                text = LocalizedText(thai: "เท่าเดิมเทียบ\(basis.label)", english: "unchanged on \(basis.label)")(language)
            } else {
                text = LocalizedText(
                    thai: "\(verdict(change.change)) \(magnitude(change.change)) จาก\(basis.label)",
                    english: "\(verdict(change.change)) by \(magnitude(change.change)) on \(basis.label)")(language)
            }
            // Said when some district reported in one period only, so that the plain change differs.
            let differs = basis.plain(row).map { abs($0 - change.change) > 1e-12 * max(1, abs($0)) } ?? true
            if differs {
                text += LocalizedText(
                    thai: " (เทียบเฉพาะ \(change.areas) \(districts.thai)ที่มีข้อมูลทั้งสองช่วง)",
                    english: " (the \(change.areas) districts that reported in both)")(language)
            }
            return text
        }
        return parts.isEmpty
            ? nil
            : options.digits.apply(to: parts.joined(separator: LocalizedText(thai: "  ", english: "; ")(language)))
    }

    /// "ดีขึ้นมากที่สุด ลำพูน (ดีขึ้น 1.0 จุด)  แย่ลงมากที่สุด ลำปาง (แย่ลง 0.8 จุด)", like for
    /// like; for flows against last year's window, the change that seasons do not drive.
    private func movers() -> String? {
        guard let basis = yearEarlierBasis ?? previousBasis else { return nil }
        let changes = newestValues.compactMap { item in
            basis.change(item.row).map { (name: item.name, change: $0.change) }
        }
        guard changes.count > 1 || (changes.count == 1 && total == nil) else { return nil }
        let sign = definition.direction == .higher ? 1.0 : -1.0
        // Named only when it is last year's window, not the period before, which `changes` leads with.
        let against =
            basis.label == previousBasis?.label
            ? ""
            : LocalizedText(
                thai: "เทียบ\(basis.label)",
                english: "against \(basis.label)")(language)
        guard changes.contains(where: { $0.change != 0 }) else {
            return options.digits.apply(
                to: LocalizedText(
                    thai: "ไม่มี\(noun.thai)ใดเปลี่ยนแปลง",
                    english: "No \(noun.english) changed")(language))
        }
        let best = changes.map { $0.change * sign }.max()!
        let worst = changes.map { $0.change * sign }.min()!
        let named = { (score: Double) in listed(changes.filter { $0.change * sign == score }.map(\.name)) }
        var parts: [String] = []
        if best > 0 {
            let lead = LocalizedText(
                thai: (against.isEmpty ? "" : against + " ") + "ดีขึ้นมากที่สุด",
                english: "Improved most" + (against.isEmpty ? "" : " \(against)"))
            parts.append(
                LocalizedText(
                    thai: "\(lead.thai) \(named(best)) (\(magnitude(best)))",
                    english: "\(lead.english): \(named(best)) (\(magnitude(best)))")(language))
        }
        if worst < 0 {
            parts.append(
                LocalizedText(
                    thai: "แย่ลงมากที่สุด \(named(worst)) (\(magnitude(worst)))",
                    english: "worsened most: \(named(worst)) (\(magnitude(worst)))")(language))
        } else {
            parts.append(LocalizedText(thai: "ไม่มี\(noun.thai)ใดแย่ลง", english: "no \(noun.english) worsened")(language))
        }
        return options.digits.apply(to: parts.joined(separator: LocalizedText(thai: "  ", english: ", ")(language)))
    }

    /// "อันดับ 1 ลำพูน และแม่ฮ่องสอน (0.0%)": ratios, shares and indicators with a target only;
    /// ranking counts would only crown the biggest area.
    private func leaders() -> String? {
        guard definition.isRankable else { return nil }
        let newest = newestValues
        guard newest.count > 1, let firstRank = newest.compactMap(\.row.rank).min() else { return nil }
        let first = newest.filter { $0.row.rank == firstRank }
        let names = listed(first.map(\.name))
        let value = formatter.labelWithUnit(first[0].value)
        return options.digits.apply(
            to: LocalizedText(
                thai: "อันดับ 1 \(names) (\(value))",
                english: "Ranked first: \(names) (\(value))")(language))
    }

    // MARK: - Helpers

    /// The areas with a value in the newest period.
    private var newestValues: [(name: String, row: SummaryRow, value: Double)] {
        zip(series.areas, series.areaNames(in: options.language)).compactMap { area, name in
            area.newest.flatMap { row in row.value.map { (name, row, $0) } }
        }
    }

    private func verdict(_ change: Double) -> String { formatter.changeVerdict(change) }

    private func magnitude(_ change: Double) -> String { formatter.sizeWithUnit(of: change) }

    private func worse(_ value: Double, than other: Double) -> Bool {
        definition.direction == .higher ? value < other : value > other
    }

    /// Up to five names, then a count of the rest; Thai lists with spaces and "และ".
    private func listed(_ names: [String]) -> String {
        let shown = Array(names.prefix(5))
        let rest = names.count - shown.count
        guard shown.count > 1 || rest > 0 else { return shown.first ?? "" }
        if language == .thai {
            if rest > 0 { return shown.joined(separator: " ") + " และอีก \(rest) \(noun.thai)" }
            return shown.dropLast().joined(separator: " ") + " และ" + shown.last!
        }
        if rest > 0 { return shown.joined(separator: ", ") + " and \(rest) more" }
        return shown.dropLast().joined(separator: ", ") + " and " + shown.last!
    }

    /// What the compared areas are called ("อำเภอ", Bangkok's "เขต" / "districts").
    private var noun: LocalizedText { series.level.noun(within: scope) }

    /// What the districts of the scope are called in a count: "อำเภอ", Bangkok's "เขต".
    private var districts: LocalizedText { AreaLevel.district.noun(within: scope) }
}
