import KPICore

/// How an indicator's values read on a chart: percents for ratios, baht (or million baht when
/// large) for money, counts with separators; in the chart's language and digits.
public struct ValueFormatter: Sendable {
    public enum Scale: Sendable { case percent, baht, millionBaht, count }

    public let scale: Scale
    public let language: Language
    public let digits: DigitStyle

    /// The formatter for `definition`'s values, whose largest magnitude is `largest`.
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

    /// A value on this scale, with `decimals` digits after the point (percent sign for ratios).
    public func format(_ value: Double, decimals: Int) -> String {
        let scaled: Double
        switch scale {
        case .percent: scaled = value * 100
        case .millionBaht: scaled = value / 1_000_000
        case .baht, .count: scaled = value
        }
        var text = Self.grouped(scaled, decimals: decimals)
        if scale == .percent { text += "%" }
        return digits.apply(to: text)
    }

    /// A value label on a bar or point: 1 decimal for percents and million baht, none otherwise.
    public func label(_ value: Double) -> String {
        format(value, decimals: scale == .percent || scale == .millionBaht ? 1 : 0)
    }

    /// A value label with its unit, for running text: "7.3%", "16.2 ล้านบาท", "1,234 บาท".
    public func labelWithUnit(_ value: Double) -> String {
        label(value) + unitSuffix
    }

    /// " บาท", " ล้านบาท" (" baht", " million baht"); empty for percents and counts.
    private var unitSuffix: String {
        switch (scale, language) {
        case (.baht, .thai): return " บาท"
        case (.baht, .english): return " baht"
        case (.millionBaht, .thai): return " ล้านบาท"
        case (.millionBaht, .english): return " million baht"
        case (.percent, _), (.count, _): return ""
        }
    }

    /// A change with its unit, for running text: "▲ 0.4 จุด", "▼ 5.2 ล้านบาท".
    public func changeWithUnit(_ value: Double) -> String {
        change(value) + unitSuffix
    }

    /// A change, with ▲ or ▼: percentage points for ratios.
    public func change(_ change: Double) -> String {
        let arrow = change > 0 ? "▲" : change < 0 ? "▼" : "•"
        let magnitude = abs(change)
        switch scale {
        case .percent:
            let points = Self.grouped(magnitude * 100, decimals: 1)
            return digits.apply(to: "\(arrow) \(points)" + (language == .thai ? " จุด" : " pp"))
        default:
            return "\(arrow) " + label(magnitude)
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

    private static func pow10(_ exponent: Int) -> Double {
        (0..<exponent).reduce(1.0) { value, _ in value * 10 }
    }
}
