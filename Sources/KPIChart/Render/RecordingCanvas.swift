/// A `Canvas` that records what is drawn instead of drawing it, for layout tests: every text
/// with the box it takes (measured with Pango exactly as `CairoCanvas` measures), every fill and
/// stroke with its path, and on which page (a PDF's page breaks are recorded, not drawn).
public final class RecordingCanvas: PagedCanvas {
    /// A recorded text.
    public struct Text: Equatable, Sendable {
        /// As drawn: without `NoBreak` marks.
        public var string: String
        /// The style it was set in.
        public var style: TextStyle
        /// The box it takes on the page, after any turn.
        public var box: Rect
        /// Anticlockwise quarter turns (1 for a vertical axis title).
        public var quarterTurns: Int
        /// The names of the groups it was drawn in, outermost first.
        public var groups: [String]
        /// The page it was drawn on, from 0.
        public var page: Int
    }

    /// A recorded fill or stroke.
    public struct Shape: Equatable, Sendable {
        /// Filled, or stroked with a line width and dash lengths.
        public enum Kind: Equatable, Sendable {
            /// Filled.
            case fill
            /// Stroked `width` units wide, dashed by the on/off lengths of `dash` when it has any.
            case stroke(width: Double, dash: [Double])
        }
        /// Whether the shape was filled or stroked.
        public var kind: Kind
        /// The shape.
        public var path: Path
        /// The colour it was painted in.
        public var color: Color
        /// The names of the groups it was drawn in, outermost first.
        public var groups: [String]
        /// The page it was drawn on, from 0.
        public var page: Int
    }

    /// The page size in canvas units.
    public let size: Size
    /// Every text drawn, in order.
    public private(set) var texts: [Text] = []
    /// Every fill and stroke, in order.
    public private(set) var shapes: [Shape] = []
    /// Pages begun so far: 1 until `newPage()` is called.
    public private(set) var pageCount = 1
    private var groups: [String] = []
    /// Measures the text as `CairoCanvas` sets it.
    private let measurer: TextMeasurer

    /// A canvas of `size` that measures text as `CairoCanvas` sets it in `fontFamily` (see
    /// `ChartOptions.fontFamily`).
    public init(size: Size, fontFamily: String? = nil) throws {
        self.size = size
        measurer = try TextMeasurer(fontFamily: fontFamily)
    }

    /// Records a fill of `path`.
    public func fill(_ path: Path, color: Color) {
        shapes.append(Shape(kind: .fill, path: path, color: color, groups: groups, page: pageCount - 1))
    }

    /// Records a stroke of `path`.
    public func stroke(_ path: Path, color: Color, width: Double, dash: [Double]) {
        shapes.append(
            Shape(
                kind: .stroke(width: width, dash: dash), path: path, color: color, groups: groups, page: pageCount - 1))
    }

    /// The size `string` takes in `style`, as `CairoCanvas` measures it.
    public func measure(_ string: String, style: TextStyle) -> Size {
        measurer.measure(string, style: style)
    }

    /// Records `string` with the box it would take; returns the box.
    @discardableResult
    public func draw(_ string: String, style: TextStyle, at origin: Point, quarterTurns: Int) -> Rect {
        let size = measure(string, style: style)
        let box = TextBox.rotated(
            Rect(x: 0, y: 0, width: size.width, height: size.height), at: origin, quarterTurns: quarterTurns)
        texts.append(
            Text(
                string: NoBreak.plain(string), style: style, box: box, quarterTurns: quarterTurns, groups: groups,
                page: pageCount - 1))
        return box
    }

    /// The lines `string` is set in with `style` (its wrap width), as Pango breaks them.
    public func lines(_ string: String, style: TextStyle) -> [String] {
        measurer.lines(string, style: style)
    }

    /// Starts a new page: later texts and shapes record its number.
    public func newPage() { pageCount += 1 }

    /// Runs `body`; clipping is not recorded.
    public func clipped(to rect: Rect, _ body: () -> Void) { body() }

    /// Runs `body`, recording `name` with everything it draws.
    public func group(_ name: String, _ body: () -> Void) {
        groups.append(name)
        body()
        groups.removeLast()
    }
}
