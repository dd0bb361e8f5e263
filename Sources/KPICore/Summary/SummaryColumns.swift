/// The contract's columns of `kpi summarize`, in order, and each row's fields typed so that the
/// CSV, JSON and workbook writers spell the same content in their own syntax.
enum SummaryColumns {
    /// One field of a row.
    enum Field: Equatable {
        /// Text: quoted as the format needs.
        case text(String)
        /// A plain decimal, written as is.
        case number(SummaryNumber)
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
        var fields: [Field] = []
        fields.reserveCapacity(names.count)
        forEachField(of: row, ratio: ratio) { fields.append($0) }
        return fields
    }

    /// Calls `body` with each field of `row` in column order, without collecting them: the CSV
    /// writer spells each as it comes.
    @inline(__always)
    static func forEachField(of row: SummaryRow, ratio: Bool, _ body: (Field) -> Void) {
        func number(_ number: SummaryNumber?) -> Field { number.map(Field.number) ?? .missing }
        body(.text(row.level.rawValue))
        body(number(row.areaCode.map(SummaryNumber.integer)))
        body(.text(row.areaNameThai))
        body(.text(row.areaNameEnglish))
        body(.text(row.indicatorID))
        body(.date(row.window.firstDay))
        body(.date(row.window.lastDay))
        body(number(row.numerator.map(SummaryNumber.quantity)))
        body(number(row.denominator.map(SummaryNumber.quantity)))
        body(number(SummaryNumberFormat.value(of: row, ratio: ratio)))
        body(row.targetMet.map(Field.flag) ?? .missing)
        body(number(SummaryNumberFormat.difference(row.change, of: row, ratio: ratio)))
        body(number(row.pctChange.map(SummaryNumberFormat.fraction)))
        body(number(SummaryNumberFormat.difference(row.yoyChange, of: row, ratio: ratio)))
        body(number(row.rank.map(SummaryNumber.integer)))
        body(row.dataAsOf.map(Field.date) ?? .missing)
        body(.text(areasReporting(of: row)))
    }

    /// `n/N`: districts with a value of those of the area in the input.
    static func areasReporting(of row: SummaryRow) -> String {
        "\(row.areasReporting)/\(row.areasInInput)"
    }
}
