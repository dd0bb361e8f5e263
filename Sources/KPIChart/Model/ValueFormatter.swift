import KPICore

/// How an indicator's values read on a chart: percents for ratios, baht (or million baht when
/// large) for money, counts with separators; in the chart's language and digits.
///
/// A label never misleads: a value that is not zero never reads as 0, and a value that is not
/// its indicator's target never reads as the target (see `label(_:)`).
public struct ValueFormatter: Sendable {
    /// How values are written.
    public enum Scale: Sendable {
        /// A ratio as a percent: `12.5%`.
        case percent
        /// Money in baht, with thousands separators.
        case baht
        /// Money in million baht (ล้านบาท), when the largest value is a million baht or more.
        case millionBaht
        /// A whole count, with thousands separators.
        case count
    }

    /// How values are written: percent, baht, million baht or a count.
    public let scale: Scale
    /// The language of units and words.
    public let language: Language
    /// Arabic or Thai digits.
    public let digits: DigitStyle
    /// The indicator the values are of: its target and direction.
    public let definition: IndicatorDefinition

    /// The formatter for `definition`'s values, whose largest magnitude is `largest`. Every value
    /// of one measure (a chart, a scorecard's money columns) goes through one formatter, so they
    /// share a unit.
    public init(definition: IndicatorDefinition, largest: Double, language: Language, digits: DigitStyle) {
        if definition.ratio {
            scale = .percent
        } else if definition.unit == "baht" {
            scale = abs(largest) >= 1_000_000 ? .millionBaht : .baht
        } else {
            scale = .count
        }
        self.language = language
        self.digits = digits
        self.definition = definition
    }

    /// The unit as an axis title: "ร้อยละ (%)", "ล้านบาท", "บาท", or `nil` for counts.
    public var unitLabel: String? {
        switch (scale, language) {
        case (.percent, .thai): return "ร้อยละ"
        case (.percent, .english): return "Percent"
        case (.baht, .thai): return "บาท"
        case (.baht, .english): return "Baht"
        case (.millionBaht, .thai): return "ล้านบาท"
        case (.millionBaht, .english): return "Million baht"
        case (.count, _): return nil
        }
    }

    /// A value on this scale, with `decimals` digits after the point (percent sign for ratios):
    /// exactly as asked, for axis ticks.
    public func format(_ value: Double, decimals: Int) -> String {
        var text = Self.grouped(value * multiplier, decimals: decimals)
        if scale == .percent { text += "%" }
        return digits.apply(to: text)
    }

    /// A value label on a bar, point or cell: 1 decimal for percents and million baht, none
    /// otherwise, and more (up to `maximumDecimals`) where those would print a value that is not
    /// zero as 0 or a value that is not the target as the target: against a target below 10 %,
    /// 0.0734 reads "7.3%", 0.1001 "10.01%", 0.09996 "9.996%", 0.10004 "10.004%".
    public func label(_ value: Double) -> String {
        var text = number(value * multiplier, boundary: definition.target.map { $0 * multiplier })
        if scale == .percent { text += "%" }
        return digits.apply(to: text)
    }

    /// A value label with its unit, for running text: "7.3%", "16.2 ล้านบาท", "1,234 บาท".
    public func labelWithUnit(_ value: Double) -> String {
        label(value) + unitSuffix
    }

    /// " บาท", " ล้านบาท" (" baht", " million baht"); empty for percents and counts.
    var unitSuffix: String {
        switch (scale, language) {
        case (.baht, .thai): return " บาท"
        case (.baht, .english): return " baht"
        case (.millionBaht, .thai): return " ล้านบาท"
        case (.millionBaht, .english): return " million baht"
        case (.percent, _), (.count, _): return ""
        }
    }

    /// From a value to the number printed: × 100 for percents, ÷ 1,000,000 for million baht.
    var multiplier: Double {
        switch scale {
        case .percent: return 100
        case .millionBaht: return 1e-6
        case .baht, .count: return 1
        }
    }

    /// `value` with `decimals` decimals and a comma every 3 digits.
    static func grouped(_ value: Double, decimals: Int) -> String {
        let negative = value < 0 && (abs(value) * pow10(decimals)).rounded() != 0
        var units = (abs(value) * pow10(decimals)).rounded()
        var fraction = ""
        for _ in 0..<decimals {
            let digit = Int(units.truncatingRemainder(dividingBy: 10))
            fraction = String(digit) + fraction
            units = (units / 10).rounded(.down)
        }
        let whole = String(Int(units))
        var grouped = ""
        for (index, digit) in whole.enumerated() {
            if index > 0, (whole.count - index) % 3 == 0 { grouped += "," }
            grouped.append(digit)
        }
        return (negative ? "-" : "") + grouped + (decimals > 0 ? "." + fraction : "")
    }

    static func pow10(_ exponent: Int) -> Double {
        (0..<exponent).reduce(1.0) { value, _ in value * 10 }
    }
}
