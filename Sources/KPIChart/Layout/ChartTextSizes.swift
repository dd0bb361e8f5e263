/// The type sizes of charts in theme units (pixels on a 1600×900 chart), as a theme file names
/// them (`ChartStyle`). A smaller chart scales them down, never below `ChartTheme.minimumTextSize`.
/// Scorecard cells and a briefing's dense pages keep sizes of their own, fitted to their cells.
public struct ChartTextSizes: Sendable, Equatable {
    /// The title.
    public var title: Double
    /// The title on a briefing's dense pages (`ChartDensity.compact`).
    public var compactTitle: Double
    /// The subtitle.
    public var subtitle: Double
    /// The subtitle on a briefing's dense pages.
    public var compactSubtitle: Double
    /// Axis labels and area names.
    public var axis: Double
    /// Values on bars and at line ends.
    public var valueLabel: Double
    /// The legend.
    public var legend: Double
    /// The as-of and source lines, and small notes.
    public var footer: Double

    /// The sizes a theme may give, in theme units.
    public static let allowed: ClosedRange<Double> = 4...120

    /// The built-in sizes (`Charts/themes/default.json`).
    public static let standard = ChartTextSizes(
        title: 38, compactTitle: 30, subtitle: 26, compactSubtitle: 22,
        axis: 21, valueLabel: 19, legend: 21, footer: 19)
}

extension ChartTextSizes: Codable {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case title, compactTitle, subtitle, compactSubtitle, axis, valueLabel, legend, footer
    }

    /// Decodes sizes within `allowed`; a key left out keeps the built-in size.
    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let standard = Self.standard
        func size(_ key: CodingKeys, or fallback: Double) throws -> Double {
            let size = try container.decode(key, or: fallback)
            guard Self.allowed.contains(size) else {
                throw DecodingError.dataCorruptedError(
                    forKey: key, in: container,
                    debugDescription:
                        "must be a size from \(Int(Self.allowed.lowerBound)) to \(Int(Self.allowed.upperBound)), not \(size)"
                )
            }
            return size
        }
        title = try size(.title, or: standard.title)
        compactTitle = try size(.compactTitle, or: standard.compactTitle)
        subtitle = try size(.subtitle, or: standard.subtitle)
        compactSubtitle = try size(.compactSubtitle, or: standard.compactSubtitle)
        axis = try size(.axis, or: standard.axis)
        valueLabel = try size(.valueLabel, or: standard.valueLabel)
        legend = try size(.legend, or: standard.legend)
        footer = try size(.footer, or: standard.footer)
    }
}
