import KPICore

/// The generated text of a briefing: sentences computed from one indicator's summary rows (the
/// level-wide value and its change, how many areas meet the target, which improved or worsened
/// most). Nothing is fixed prose: every sentence states a figure of the data.
struct Findings {
    let series: IndicatorSeries
    /// The scope's own total (the zone, the province, the nation) per window.
    let total: IndicatorSeries.AreaSeries?
    let scopeName: String
    let options: ChartOptions

    /// The sentences, in reading order.
    func sentences() -> [String] {
        guard let newestWindow = series.windows.last else { return [] }
        let thai = options.language == .thai
        let definition = series.definition
        let values = series.areas.flatMap { $0.values.compactMap { $0 } } + (total?.values.compactMap { $0 } ?? [])
        let formatter = ValueFormatter(definition: definition, largest: values.map(abs).max() ?? 0,
                                       language: options.language, digits: options.digits)
        let window = options.calendar.windowShortLabel(newestWindow)
        var sentences: [String] = []

        if let row = total?.newest, let value = row.value {
            var sentence = thai ? "\(window): ภาพรวม\(scopeName) \(formatter.labelWithUnit(value))" : "\(window): \(scopeName) overall \(formatter.labelWithUnit(value))"
            if let change = row.change { sentence += thai ? " (\(formatter.changeWithUnit(change)) จากช่วงก่อน)" : " (\(formatter.changeWithUnit(change)) on the previous window)" }
            if let met = row.targetMet { sentence += thai ? (met ? ", ผ่านเป้าหมาย" : ", ยังไม่ผ่านเป้าหมาย") : (met ? ", target met" : ", target missed") }
            if let yoy = row.yoyChange { sentence += thai ? "; เทียบช่วงเดียวกันปีก่อน \(formatter.changeWithUnit(yoy))" : "; year on year \(formatter.changeWithUnit(yoy))" }
            sentences.append(sentence + ".")
        }

        let newest = series.areas.compactMap { area in area.newest.flatMap { row in row.value.map { (area, row, $0) } } }
        let noun = areaNoun(series.level, thai: thai)
        if definition.target != nil, !newest.isEmpty {
            let met = newest.filter { $0.1.targetMet == true }
            let missed = newest.filter { $0.1.targetMet == false }.sorted { worse($0.2, than: $1.2, definition) }
            var sentence = thai ? "ผ่านเป้าหมาย \(digits(met.count)) จาก \(digits(newest.count)) \(noun)"
                                : "\(digits(met.count)) of \(digits(newest.count)) \(noun) meet the target"
            if !missed.isEmpty {
                let names = listed(missed.map { "\($0.0.name(in: options.language)) (\(formatter.labelWithUnit($0.2)))" })
                sentence += thai ? "; ยังไม่ผ่าน: \(names)" : "; not yet: \(names)"
            }
            sentences.append(sentence + ".")
        }

        let changes = newest.compactMap { item in item.1.change.map { (item.0, $0) } }
        if !changes.isEmpty {
            // "Better" follows the indicator's direction: a fall is an improvement when lower is better.
            let sign = definition.direction == .higher ? 1.0 : -1.0
            let ordered = changes.sorted { $0.1 * sign > $1.1 * sign }
            let best = ordered.first!, worst = ordered.last!
            if best.1 * sign > 0 {
                sentences.append(thai ? "ดีขึ้นมากที่สุด: \(best.0.name(in: options.language)) (\(formatter.changeWithUnit(best.1)))."
                                      : "Improved most: \(best.0.name(in: options.language)) (\(formatter.changeWithUnit(best.1))).")
            }
            if worst.1 * sign < 0 {
                sentences.append(thai ? "แย่ลงมากที่สุด: \(worst.0.name(in: options.language)) (\(formatter.changeWithUnit(worst.1)))."
                                      : "Worsened most: \(worst.0.name(in: options.language)) (\(formatter.changeWithUnit(worst.1))).")
            } else {
                sentences.append(thai ? "ไม่มี\(noun)ใดแย่ลงจากช่วงก่อน." : "No \(areaNoun(series.level, thai: false, singular: true)) worsened on the previous window.")
            }
        }

        if let first = newest.min(by: { ($0.1.rank ?? .max) < ($1.1.rank ?? .max) }), newest.count > 1 {
            sentences.append(thai ? "อันดับ 1: \(first.0.name(in: options.language)) (\(formatter.labelWithUnit(first.2)))."
                                  : "Ranked first: \(first.0.name(in: options.language)) (\(formatter.labelWithUnit(first.2))).")
        }
        return sentences
    }

    /// Whether `value` is worse than `other` by the indicator's direction.
    private func worse(_ value: Double, than other: Double, _ definition: IndicatorDefinition) -> Bool {
        definition.direction == .higher ? value < other : value > other
    }

    /// Up to five names, then a count of the rest.
    private func listed(_ names: [String]) -> String {
        let thai = options.language == .thai
        guard names.count > 5 else { return names.joined(separator: ", ") }
        let rest = digits(names.count - 5)
        return names.prefix(5).joined(separator: ", ") + (thai ? " และอีก \(rest)" : " and \(rest) more")
    }

    private func digits(_ number: Int) -> String { options.digits.apply(to: String(number)) }

    private func areaNoun(_ level: AreaLevel, thai: Bool, singular: Bool = false) -> String {
        switch (level, thai) {
        case (.district, true): return "อำเภอ"
        case (.province, true): return "จังหวัด"
        case (.zone, true): return "เขตตรวจราชการ"
        case (.nation, true): return "ประเทศ"
        case (.district, false): return singular ? "district" : "districts"
        case (.province, false): return singular ? "province" : "provinces"
        case (.zone, false): return singular ? "zone" : "zones"
        case (.nation, false): return "country"
        }
    }
}
