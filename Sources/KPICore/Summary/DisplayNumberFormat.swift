/// How summary numbers are shown to people: a ratio as a percent with 2 decimals (`7.34%`), a sum
/// or count exactly with thousands separators (`1,234,567.50`), a change with an arrow
/// (`▲ 1.20 pp`, `▼ 5,000.00`), and `–` where there is no value.
///
/// Digits are ASCII here; the table applies `DigitStyle` to its whole text.
struct DisplayNumberFormat {
    /// Shown where there is no value (never 0).
    static let missing = "–"

    let language: Language

    /// The row's value.
    func value(of row: SummaryRow, ratio: Bool) -> String {
        guard let value = row.value else { return Self.missing }
        if ratio { return percent(value) }
        return Self.grouped(SummaryNumberFormat.value(of: row, ratio: false)!.description)
    }

    /// The row's change from the previous window: a ratio's in percentage points, a sum's at the
    /// numerator's scale; ▲ for a rise, ▼ for a fall, no arrow when it rounds to zero.
    func change(of row: SummaryRow, ratio: Bool) -> String {
        guard let change = row.change else { return Self.missing }
        let magnitude =
            ratio
            ? SummaryNumberFormat.fixed(abs(change) * 100, scale: 2).description
                + LocalizedText(thai: " จุด", english: " pp")(language)
            : Self.grouped(SummaryNumberFormat.difference(abs(change), of: row, ratio: false)!.description)
        guard magnitude.contains(where: { ("1"..."9").contains($0) }) else { return magnitude }
        return (change > 0 ? "▲ " : "▼ ") + magnitude
    }

    /// A fraction as a percent with 2 decimals: `0.0734125` is `7.34%`.
    func percent(_ fraction: Double) -> String {
        Self.grouped(SummaryNumberFormat.fixed(fraction * 100, scale: 2).description) + "%"
    }

    /// An indicator's target on its display scale: a percent for a ratio, else the number.
    func target(_ target: Double, ratio: Bool) -> String {
        ratio ? percent(target) : Self.grouped(SummaryNumberFormat.fraction(target).description)
    }

    /// A plain decimal with a comma between each group of 3 digits of its whole part:
    /// `-1234567.50` is `-1,234,567.50`.
    static func grouped(_ plain: String) -> String {
        let sign = plain.hasPrefix("-") ? "-" : ""
        let unsigned = plain.dropFirst(sign.count)
        let whole = unsigned.prefix { $0 != "." }
        let rest = unsigned.dropFirst(whole.count)
        var digits = ""
        for (index, digit) in whole.enumerated() {
            if index > 0, (whole.count - index) % 3 == 0 { digits += "," }
            digits.append(digit)
        }
        return sign + digits + rest
    }
}
