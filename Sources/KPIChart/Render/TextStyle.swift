/// How a piece of text is set.
public struct TextStyle: Equatable, Sendable {
    /// How heavy the letters are.
    public enum Weight: Equatable, Sendable {
        /// The family's book weight: labels and body text.
        case regular
        /// The family's bold: titles and emphasis.
        case bold
    }

    /// Where lines sit within the wrap width (or against the anchor point without one).
    public enum Alignment: Equatable, Sendable {
        /// Lines start at the left edge.
        case leading
        /// Lines are centred.
        case center
        /// Lines end at the right edge.
        case trailing
    }

    /// Font size in canvas units (pixels at scale 1).
    public var size: Double
    /// Regular or bold.
    public var weight: Weight
    /// The colour of the letters.
    public var color: Color
    /// How lines align within the wrap width (or around the anchor when there is none).
    public var alignment: Alignment
    /// Lines wrap at word boundaries (Pango breaks Thai words) to stay within this width.
    public var wrapWidth: Double?
    /// With a wrap width: a word wider than the whole width is broken between characters
    /// (grapheme clusters, so Thai marks stay on their letters) instead of running past it.
    public var breaksWords: Bool

    /// A style of `size` units, dark grey, regular and leading-aligned unless told otherwise, on
    /// one line unless given a `wrapWidth`.
    public init(
        size: Double, weight: Weight = .regular, color: Color = Color(hex: 0x222222),
        alignment: Alignment = .leading, wrapWidth: Double? = nil, breaksWords: Bool = false
    ) {
        self.size = size
        self.weight = weight
        self.color = color
        self.alignment = alignment
        self.wrapWidth = wrapWidth
        self.breaksWords = breaksWords
    }

    /// The same style with other values.
    public func with(
        size: Double? = nil, weight: Weight? = nil, color: Color? = nil,
        alignment: Alignment? = nil, wrapWidth: Double?? = nil, breaksWords: Bool? = nil
    ) -> TextStyle {
        var style = self
        if let size { style.size = size }
        if let weight { style.weight = weight }
        if let color { style.color = color }
        if let alignment { style.alignment = alignment }
        if let wrapWidth { style.wrapWidth = wrapWidth }
        if let breaksWords { style.breaksWords = breaksWords }
        return style
    }
}
