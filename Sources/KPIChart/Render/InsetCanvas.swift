/// A rectangle of another canvas, seen as a canvas of its own: a chart drawn on it lands in
/// `frame` of the base canvas. The figures a briefing puts side by side on one page.
final class InsetCanvas: Canvas {
    let size: Size
    private let base: Canvas
    private let origin: Point

    init(_ base: Canvas, frame: Rect) {
        self.base = base
        origin = Point(x: frame.minX, y: frame.minY)
        size = Size(width: frame.width, height: frame.height)
    }

    func fill(_ path: Path, color: Color) {
        base.fill(path.offset(by: origin), color: color)
    }

    func stroke(_ path: Path, color: Color, width: Double, dash: [Double]) {
        base.stroke(path.offset(by: origin), color: color, width: width, dash: dash)
    }

    func measure(_ text: String, style: TextStyle) -> Size {
        base.measure(text, style: style)
    }

    @discardableResult
    func draw(_ text: String, style: TextStyle, at point: Point, quarterTurns: Int) -> Rect {
        base.draw(text, style: style, at: point.offset(by: origin), quarterTurns: quarterTurns).offset(
            by: origin.negated)
    }

    func clipped(to rect: Rect, _ body: () -> Void) {
        base.clipped(to: rect.offset(by: origin), body)
    }

    func group(_ name: String, _ body: () -> Void) {
        base.group(name, body)
    }
}
