/// The colours and type sizes of charts: what a theme file (`--theme`) sets.
///
/// A theme file is a JSON object with `colors` and `textSizes` (see `ChartColors` and
/// `ChartTextSizes`); `Charts/themes/default.json` is the built-in style, complete. A file may
/// leave out any key (it keeps the built-in value) but no unknown key is accepted.
public struct ChartStyle: Sendable, Equatable, Codable {
    /// The colours.
    public var colors: ChartColors
    /// The type sizes, in theme units.
    public var textSizes: ChartTextSizes

    /// A style of `colors` and `textSizes`, the built-in ones unless given.
    public init(colors: ChartColors = .standard, textSizes: ChartTextSizes = .standard) {
        self.colors = colors
        self.textSizes = textSizes
    }

    /// The built-in style.
    public static let standard = ChartStyle()

    enum CodingKeys: String, CodingKey, CaseIterable { case colors, textSizes }

    /// Decodes a theme file's object: `colors` and `textSizes`, each optional; no other key.
    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        colors = try container.decode(.colors, or: .standard)
        textSizes = try container.decode(.textSizes, or: .standard)
    }
}
