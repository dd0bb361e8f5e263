/// The rows of a summary regrouped for tables of areas by windows: per indicator and level, one
/// line per area (in the rows' order, which is by area code) with its row in each window.
struct AreaLines {
    struct Line {
        var code: Int?
        var nameThai: String
        var nameEnglish: String
        var rows: [Window: SummaryRow]

        func name(in language: Language) -> String { language == .thai ? nameThai : nameEnglish }
    }

    private struct Key: Hashable {
        var indicatorID: String
        var level: AreaLevel
    }

    private var lines: [Key: [Line]] = [:]

    /// The indicators that have rows, sorted.
    var indicatorIDs: [String] { Set(lines.keys.map(\.indicatorID)).sorted() }

    init(_ summary: Summary) {
        for row in summary.rows {
            let key = Key(indicatorID: row.indicatorID, level: row.level)
            if let last = lines[key]?.last, last.code == row.areaCode {
                lines[key]![lines[key]!.count - 1].rows[row.window] = row
            } else {
                lines[key, default: []].append(
                    Line(
                        code: row.areaCode, nameThai: row.areaNameThai,
                        nameEnglish: row.areaNameEnglish, rows: [row.window: row]))
            }
        }
    }

    /// The lines of `indicatorID` at `level`, or `nil` when it has none there.
    subscript(indicatorID: String, level: AreaLevel) -> [Line]? {
        lines[Key(indicatorID: indicatorID, level: level)]
    }
}
