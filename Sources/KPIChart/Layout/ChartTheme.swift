/// Type sizes, spacing and colours of the charts, scaled to the canvas: a `ChartStyle` (the
/// built-in one, or a theme file's) at the size of one chart.
public struct ChartTheme: Sendable {
    /// One unit: a 1600×900 chart has unit 1.
    public let unit: Double

    /// The smallest body text of this theme (`minimumTextSize` unless the options say).
    public let minimumText: Double
    /// Titles a size smaller, for the dense pages of a briefing (`ChartDensity.compact`).
    public let compactTitles: Bool
    /// The colours and type sizes (in units).
    public let style: ChartStyle

    /// The theme of a chart of `size`; `unit`, when given, sets the type and spacing instead
    /// (`ChartOptions.unit`: the figures of a briefing page share the page's).
    public init(
        size: Size, unit: Double? = nil, minimumText: Double = ChartTheme.minimumTextSize, compactTitles: Bool = false,
        style: ChartStyle = .standard
    ) {
        self.unit = unit ?? min(size.width / 1600, size.height / 900)
        self.minimumText = minimumText
        self.compactTitles = compactTitles
        self.style = style
    }

    /// The theme of a chart of `size` drawn with `options` (its unit, smallest text and style).
    public init(size: Size, options: ChartOptions) {
        self.init(
            size: size, unit: options.unit, minimumText: options.minimumTextSize ?? Self.minimumTextSize,
            compactTitles: options.density == .compact, style: options.style)
    }

    /// The style's colours.
    public var colors: ChartColors { style.colors }

    /// The space around a chart's content, in canvas units.
    public var margin: Double { 36 * unit }
    /// The space between a chart's parts (title, legend, plot), in canvas units.
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

    /// The chart's title: bold, in the title colour.
    public var title: TextStyle {
        let sizes = style.textSizes
        return TextStyle(
            size: textSize(compactTitles ? sizes.compactTitle : sizes.title, minimum: minimumText * 1.4), weight: .bold,
            color: colors.title)
    }
    /// The subtitle under the title, in the muted colour.
    public var subtitle: TextStyle {
        TextStyle(
            size: textSize(compactTitles ? style.textSizes.compactSubtitle : style.textSizes.subtitle),
            color: colors.mutedText)
    }
    /// Axis ticks, area names and other labels of the plot.
    public var axis: TextStyle { TextStyle(size: textSize(style.textSizes.axis), color: colors.text) }
    /// Values written on bars, lines and cells.
    public var valueLabel: TextStyle { TextStyle(size: textSize(style.textSizes.valueLabel), color: colors.strongText) }
    /// Legend labels.
    public var legend: TextStyle { TextStyle(size: textSize(style.textSizes.legend), color: colors.text) }
    /// The footer: the as-of date and the source.
    public var footer: TextStyle {
        TextStyle(
            size: textSize(
                style.textSizes.footer, minimum: minimumText * ChartTheme.minimumFooterSize / ChartTheme.minimumTextSize
            ),
            color: colors.mutedText)
    }
    /// Small grey notes inside a chart (a table's units, changes, window names under bars): the
    /// footer's look at the body text's minimum.
    public var note: TextStyle { footer.with(size: textSize(style.textSizes.footer)) }
    /// The footer's emphasis: the as-of date, bold.
    public var footerEmphasis: TextStyle { footer.with(weight: .bold, color: colors.strongText) }

    /// Text on a fill of `color`: white on dark fills (met), near-black on light ones.
    public static func textColor(on color: Color) -> Color {
        color.luminance < 0.5 ? Color(hex: 0xFFFFFF) : Color(hex: 0x1A1A1A)
    }

    /// Dash patterns (on/off lengths in units) that tell lines of the same colour apart: solid
    /// while the palette lasts, then dashed, dotted, dash-dotted.
    public static let lineDashes: [[Double]] = [[], [14, 6], [3, 5], [14, 5, 3, 5]]

    /// The colour and dash (on/off lengths in units) of line `index`: the series colours in
    /// order, with the next dash pattern each time they come round again.
    public func line(_ index: Int) -> (color: Color, dash: [Double]) {
        let series = colors.series
        return (series[index % series.count], Self.lineDashes[(index / series.count) % Self.lineDashes.count])
    }

    /// Colours for `count` windows, from the oldest window's colour to the newest's (light to
    /// dark blue built in): the newest stands out and the order reads in greyscale.
    public func windowColors(_ count: Int) -> [Color] {
        let light = colors.oldestWindow
        let dark = colors.newestWindow
        guard count > 1 else { return [colors.onlyWindow] }
        return (0..<count).map { index in
            let t = Double(index) / Double(count - 1)
            return Color(
                red: light.red + (dark.red - light.red) * t, green: light.green + (dark.green - light.green) * t,
                blue: light.blue + (dark.blue - light.blue) * t, alpha: light.alpha + (dark.alpha - light.alpha) * t)
        }
    }
}
