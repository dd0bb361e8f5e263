/// Type sizes, spacing and colours of the charts, scaled to the canvas.
///
/// Colours follow Okabe–Ito (safe for colour-blind readers); met and missed differ in lightness
/// too, so they stay apart in greyscale print.
public struct ChartTheme: Sendable {
    /// One unit: a 1600×900 chart has unit 1.
    public let unit: Double

    /// The smallest body text of this theme (`minimumTextSize` unless the options say).
    public let minimumText: Double
    /// Titles a size smaller, for the dense pages of a briefing (`ChartDensity.compact`).
    public let compactTitles: Bool

    /// The theme of a chart of `size`; `unit`, when given, sets the type and spacing instead
    /// (`ChartOptions.unit`: the figures of a briefing page share the page's).
    public init(size: Size, unit: Double? = nil, minimumText: Double = ChartTheme.minimumTextSize, compactTitles: Bool = false) {
        self.unit = unit ?? min(size.width / 1600, size.height / 900)
        self.minimumText = minimumText
        self.compactTitles = compactTitles
    }

    /// The theme of a chart of `size` drawn with `options` (its unit and smallest text).
    public init(size: Size, options: ChartOptions) {
        self.init(size: size, unit: options.unit, minimumText: options.minimumTextSize ?? Self.minimumTextSize,
                  compactTitles: options.density == .compact)
    }

    public var margin: Double { 36 * unit }
    public var gap: Double { 12 * unit }

    /// The smallest body text (axis, values, legend, titles), in canvas units: a small chart
    /// reflows (fewer ticks, labels, legend rows) rather than shrinking its text below this.
    public static let minimumTextSize = 10.0
    /// The smallest footer text (as-of date, source), as a share of the smallest body text.
    public static let minimumFooterSize = 9.0

    /// A text size of `units` theme units, never below `minimum` (the theme's smallest body text).
    public func textSize(_ units: Double, minimum: Double? = nil) -> Double {
        max(units * unit, minimum ?? minimumText)
    }

    public var title: TextStyle {
        TextStyle(size: textSize(compactTitles ? 30 : 38, minimum: minimumText * 1.4), weight: .bold, color: Color(hex: 0x1A1A1A))
    }
    public var subtitle: TextStyle { TextStyle(size: textSize(compactTitles ? 22 : 26), color: Color(hex: 0x4D4D4D)) }
    public var axis: TextStyle { TextStyle(size: textSize(21), color: Color(hex: 0x333333)) }
    public var valueLabel: TextStyle { TextStyle(size: textSize(19), color: Color(hex: 0x1A1A1A)) }
    public var legend: TextStyle { TextStyle(size: textSize(21), color: Color(hex: 0x333333)) }
    public var footer: TextStyle { TextStyle(size: textSize(19, minimum: minimumText * ChartTheme.minimumFooterSize / ChartTheme.minimumTextSize), color: Color(hex: 0x4D4D4D)) }
    /// Small grey notes inside a chart (a table's units, changes, window names under bars): the
    /// footer's look at the body text's minimum.
    public var note: TextStyle { footer.with(size: textSize(19)) }
    public var footerEmphasis: TextStyle { footer.with(weight: .bold, color: Color(hex: 0x1A1A1A)) }

    public static let gridColor = Color(hex: 0xDDDDDD)
    public static let axisColor = Color(hex: 0x666666)
    public static let targetColor = Color(hex: 0xB22222)
    /// Target met: Okabe–Ito blue (dark in greyscale).
    public static let metColor = Color(hex: 0x0072B2)
    /// Target missed: Okabe–Ito orange (light in greyscale).
    public static let missedColor = Color(hex: 0xE69F00)
    /// Bars without a target.
    public static let neutralColor = Color(hex: 0x56B4E9)
    /// Table cells of an indicator without a target: light grey, so that only met and missed
    /// carry colour.
    public static let noTargetColor = Color(hex: 0xE3E3E3)
    /// Text on a fill of `color`: white on dark fills (met), near-black on light ones.
    public static func textColor(on color: Color) -> Color {
        color.luminance < 0.5 ? Color(hex: 0xFFFFFF) : Color(hex: 0x1A1A1A)
    }
    /// Categorical series (Okabe–Ito without black).
    public static let categorical: [Color] = [0x0072B2, 0xE69F00, 0x009E73, 0xCC79A7, 0x56B4E9, 0xD55E00, 0xF0E442]
        .map { Color(hex: $0) }

    /// Dash patterns (on/off lengths in units) that tell lines of the same colour apart: solid
    /// while the palette lasts, then dashed, dotted, dash-dotted.
    public static let lineDashes: [[Double]] = [[], [14, 6], [3, 5], [14, 5, 3, 5]]

    /// The colour and dash (on/off lengths in units) of line `index`: the categorical palette
    /// in order, with the next dash pattern each time it comes round again.
    public static func line(_ index: Int) -> (color: Color, dash: [Double]) {
        (categorical[index % categorical.count], lineDashes[(index / categorical.count) % lineDashes.count])
    }

    /// Colours for `count` windows, light (oldest) to dark (newest) blue: the newest stands out
    /// and the order reads in greyscale.
    public static func windowColors(_ count: Int) -> [Color] {
        let light = Color(hex: 0xA6CEE3), dark = Color(hex: 0x08306B)
        guard count > 1 else { return [Color(hex: 0x2171B5)] }
        return (0..<count).map { index in
            let t = Double(index) / Double(count - 1)
            return Color(red: light.red + (dark.red - light.red) * t, green: light.green + (dark.green - light.green) * t,
                         blue: light.blue + (dark.blue - light.blue) * t)
        }
    }
}
