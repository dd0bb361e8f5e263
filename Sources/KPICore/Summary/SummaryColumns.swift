/// The contract's columns of `kpi summarize`, in order, and each row's fields typed so that the
/// CSV, JSON and workbook writers spell the same content in their own syntax.
enum SummaryColumns {
    /// One field of a row.
    enum Field: Equatable {
        /// Text: quoted as the format needs.
        case text(String)
        /// A plain decimal, written as is.
        case number(String)
        case flag(Bool)
        /// A date: ISO text in CSV and JSON, a date cell in a workbook.
        case date(CivilDate)
        /// No value: an empty CSV field, JSON `null`.
        case missing
    }

    /// Column names: the CSV header and the JSON keys.
    static let names = [
        "level", "area_code", "area_name_th", "area_name_en", "indicator_id", "window_start", "window_end",
        "numerator", "denominator", "value", "target_met", "change", "pct_change", "yoy_change", "rank",
        "data_as_of", "areas_reporting",
    ]

    /// The fields of `row`, one per column of `names`; `ratio` says whether its indicator is a ratio.
    static func fields(of row: SummaryRow, ratio: Bool) -> [Field] {
        func number(_ text: String?) -> Field { text.map(Field.number) ?? .missing }
        return [
            .text(row.level.rawValue),
            number(row.areaCode.map(String.init)),
            .text(row.areaNameThai),
            .text(row.areaNameEnglish),
            .text(row.indicatorID),
            .date(row.window.firstDay),
            .date(row.window.lastDay),
            number(row.numerator?.description),
            number(row.denominator?.description),
            number(SummaryNumberFormat.value(of: row, ratio: ratio)),
            row.targetMet.map(Field.flag) ?? .missing,
            number(SummaryNumberFormat.difference(row.change, of: row, ratio: ratio)),
            number(row.pctChange.map(SummaryNumberFormat.fraction)),
            number(SummaryNumberFormat.difference(row.yoyChange, of: row, ratio: ratio)),
            number(row.rank.map(String.init)),
            row.dataAsOf.map(Field.date) ?? .missing,
            .text(areasReporting(of: row)),
        ]
    }

    /// `n/N`: districts with a value of those of the area in the input.
    static func areasReporting(of row: SummaryRow) -> String {
        "\(row.areasReporting)/\(row.areasInInput)"
    }
}
