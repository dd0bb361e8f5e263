import KPICore

/// One indicator at one level, from a summary: each area's rows across the windows. What every
/// chart draws from.
public struct IndicatorSeries: Sendable {
    /// One area's rows, one per window (`nil` = no row in that window).
    public struct AreaSeries: Sendable {
        public var code: Int?
        public var nameThai: String
        public var nameEnglish: String
        public var rows: [SummaryRow?]

        public func name(in language: Language) -> String { language == .thai ? nameThai : nameEnglish }
        /// The values per window.
        public var values: [Double?] { rows.map { $0?.value } }
        /// The newest window's row.
        public var newest: SummaryRow? { rows.last ?? nil }
    }

    public let definition: IndicatorDefinition
    public let level: AreaLevel
    /// The windows compared, oldest first.
    public let windows: [Window]
    /// The areas with at least one value, by code.
    public let areas: [AreaSeries]

    /// The series of `indicatorID` at `level` in `summary`, or `nil` when it has no value there.
    public init?(summary: Summary, indicatorID: String, level: AreaLevel) {
        guard let definition = summary.indicators.first(where: { $0.id == indicatorID }) else { return nil }
        let rows = summary.rows.filter { $0.indicatorID == indicatorID && $0.level == level }
        let windowIndex = Dictionary(uniqueKeysWithValues: summary.windows.enumerated().map { ($1, $0) })
        var areas: [Int: AreaSeries] = [:]
        for row in rows {
            guard let index = windowIndex[row.window] else { continue }
            let key = row.areaCode ?? -1
            var area = areas[key] ?? AreaSeries(code: row.areaCode, nameThai: row.areaNameThai, nameEnglish: row.areaNameEnglish,
                                                rows: Array(repeating: nil, count: summary.windows.count))
            area.rows[index] = row
            areas[key] = area
        }
        let present = areas.values.filter { $0.values.contains { $0 != nil } }.sorted { ($0.code ?? -1) < ($1.code ?? -1) }
        guard !present.isEmpty else { return nil }
        self.definition = definition
        self.level = level
        self.windows = summary.windows
        self.areas = present
    }

    /// The areas' names in `language` and `digits` ("เขตตรวจราชการที่ ๑๕"), in `areas` order; a
    /// district whose name another district of the series shares (เฉลิมพระเกียรติ is in five
    /// provinces) gets its province: "เฉลิมพระเกียรติ (นครราชสีมา)".
    public func areaNames(in language: Language, digits: DigitStyle = .arabic, geography: Geography = .bundled) -> [String] {
        let names = areas.map { $0.name(in: language) }
        guard level == .district else { return names.map(digits.apply) }
        let counts = Dictionary(names.map { ($0, 1) }, uniquingKeysWith: +)
        return zip(areas, names).map { area, name in
            guard counts[name, default: 0] > 1, let code = area.code, let province = geography.province(code: code / 100) else { return name }
            return "\(name) (\(language == .thai ? province.nameThai : province.nameEnglish))"
        }
    }

    /// The latest date any value is as of.
    public var dataAsOf: CivilDate? {
        areas.flatMap { $0.rows.compactMap { $0?.dataAsOf } }.max()
    }

    /// The largest and smallest value of any area and window.
    public var valueRange: ClosedRange<Double>? {
        let values = areas.flatMap { $0.values.compactMap { $0 } }
        guard let low = values.min(), let high = values.max() else { return nil }
        return low...high
    }
}
