/// The drawing surface charts are written against: paths, fills, strokes, dashes, text with
/// measured extents, clipping and groups. `CairoCanvas` draws to PNG, SVG and PDF;
/// `RecordingCanvas` records what was drawn, for layout tests.
public protocol Canvas: TextMeasuring {
    /// The drawing area in canvas units.
    var size: Size { get }

    /// Fills `path` with `color`.
    func fill(_ path: Path, color: Color)

    /// Strokes `path` with a line of `width`; `dash` lists on/off lengths (empty = solid).
    func stroke(_ path: Path, color: Color, width: Double, dash: [Double])

    /// The size `text` takes in `style`: the same Pango layout that `draw` uses.
    func measure(_ text: String, style: TextStyle) -> Size

    /// Draws `text` with its box's top-left corner at `origin`, turned by `rotation` quarter
    /// turns anticlockwise around that corner (1 for a y-axis title). Returns the box drawn, in
    /// canvas coordinates.
    @discardableResult
    func draw(_ text: String, style: TextStyle, at origin: Point, quarterTurns: Int) -> Rect

    /// Runs `body` with drawing clipped to `rect`.
    func clipped(to rect: Rect, _ body: () -> Void)

    /// Runs `body` as a named group (an SVG group, a recorded scope).
    func group(_ name: String, _ body: () -> Void)
}

extension Canvas {
    /// Strokes a solid line.
    public func stroke(_ path: Path, color: Color, width: Double) {
        stroke(path, color: color, width: width, dash: [])
    }

    /// Draws unrotated text with its top-left at `origin`.
    @discardableResult
    public func draw(_ text: String, style: TextStyle, at origin: Point) -> Rect {
        draw(text, style: style, at: origin, quarterTurns: 0)
    }
}
