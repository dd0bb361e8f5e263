/// The colours of charts, as a theme file names them (`ChartStyle`).
///
/// The built-in colours follow Okabe–Ito (safe for colour-blind readers); met and missed differ
/// in lightness too, so they stay apart in greyscale print.
public struct ChartColors: Sendable, Equatable {
    /// Behind everything; with alpha 0 the PNG or SVG is transparent.
    public var background: Color
    /// The title.
    public var title: Color
    /// Values on bars, the as-of line, a briefing's text.
    public var strongText: Color
    /// Axis labels, area names, the legend.
    public var text: Color
    /// The subtitle, the source line, small notes, changes (▲▼).
    public var mutedText: Color
    /// Axis lines, and text in cells without a target.
    public var axis: Color
    /// Grid lines, the rule above the footer, cell borders.
    public var grid: Color
    /// The target line and its label.
    public var target: Color
    /// Target met (bars, scorecard cells).
    public var met: Color
    /// Target missed.
    public var missed: Color
    /// Bars of an indicator without a target.
    public var neutral: Color
    /// Scorecard cells of an indicator without a target.
    public var noTarget: Color
    /// Every other row of a ranking.
    public var stripe: Color
    /// The lines of a trend that are not highlighted (beyond `TrendChart.mostColouredLines` areas).
    public var fadedLine: Color
    /// Categorical colours, in order: trend lines (dashed once the list comes round again),
    /// breakdown parts (at least as many colours as a breakdown has parts).
    public var series: [Color]
    /// Grouped bars: the oldest window's colour; the windows between shade towards the newest.
    public var oldestWindow: Color
    /// Grouped bars: the newest window's colour.
    public var newestWindow: Color
    /// Grouped bars of one window.
    public var onlyWindow: Color

    /// The series colours a theme may list: at least one per part of the largest breakdown.
    public static let seriesColorCount = SalesBreakdown.allCases.map(\.parts.count).max()!...32

    /// The built-in colours (`Charts/themes/default.json`).
    public static let standard = ChartColors(
        background: Color(hex: 0xFFFFFF), title: Color(hex: 0x1A1A1A), strongText: Color(hex: 0x1A1A1A),
        text: Color(hex: 0x333333), mutedText: Color(hex: 0x4D4D4D), axis: Color(hex: 0x666666),
        grid: Color(hex: 0xDDDDDD),
        target: Color(hex: 0xB22222), met: Color(hex: 0x0072B2), missed: Color(hex: 0xE69F00),
        neutral: Color(hex: 0x56B4E9),
        noTarget: Color(hex: 0xE3E3E3), stripe: Color(hex: 0xF4F4F4), fadedLine: Color(hex: 0xC8C8C8),
        // Okabe–Ito without black.
        series: [0x0072B2, 0xE69F00, 0x009E73, 0xCC79A7, 0x56B4E9, 0xD55E00, 0xF0E442].map { Color(hex: $0) },
        oldestWindow: Color(hex: 0xA6CEE3), newestWindow: Color(hex: 0x08306B), onlyWindow: Color(hex: 0x2171B5))
}

extension ChartColors: Codable {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case background, title, strongText, text, mutedText, axis, grid, target, met, missed, neutral, noTarget, stripe,
            fadedLine, series, oldestWindow, newestWindow, onlyWindow
    }

    /// Decodes colours as "#RRGGBB" or "#RRGGBBAA"; a key left out keeps the built-in colour.
    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let standard = Self.standard
        background = try container.decode(.background, or: standard.background)
        title = try container.decode(.title, or: standard.title)
        strongText = try container.decode(.strongText, or: standard.strongText)
        text = try container.decode(.text, or: standard.text)
        mutedText = try container.decode(.mutedText, or: standard.mutedText)
        axis = try container.decode(.axis, or: standard.axis)
        grid = try container.decode(.grid, or: standard.grid)
        target = try container.decode(.target, or: standard.target)
        met = try container.decode(.met, or: standard.met)
        missed = try container.decode(.missed, or: standard.missed)
        neutral = try container.decode(.neutral, or: standard.neutral)
        noTarget = try container.decode(.noTarget, or: standard.noTarget)
        stripe = try container.decode(.stripe, or: standard.stripe)
        fadedLine = try container.decode(.fadedLine, or: standard.fadedLine)
        series = try container.decode(.series, or: standard.series)
        let allowed = Self.seriesColorCount
        guard allowed.contains(series.count) else {
            throw DecodingError.dataCorruptedError(
                forKey: .series, in: container,
                debugDescription:
                    "must list \(allowed.lowerBound) to \(allowed.upperBound) colours (one per part of a breakdown), not \(series.count)"
            )
        }
        oldestWindow = try container.decode(.oldestWindow, or: standard.oldestWindow)
        newestWindow = try container.decode(.newestWindow, or: standard.newestWindow)
        onlyWindow = try container.decode(.onlyWindow, or: standard.onlyWindow)
    }
}
