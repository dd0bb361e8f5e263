/// A canvas that measures text with another canvas and draws nothing: for working out, before
/// drawing, how much room a layout (a chart's frame) takes at a size the real canvas does not
/// have yet.
final class MeasuringCanvas: Canvas {
    let size: Size
    private let measurer: Canvas

    /// A blank canvas of `size` whose text is measured by `measurer`.
    init(size: Size, measuringWith measurer: Canvas) {
        self.size = size
        self.measurer = measurer
    }

    func fill(_ path: Path, color: Color) {}

    func stroke(_ path: Path, color: Color, width: Double, dash: [Double]) {}

    func measure(_ text: String, style: TextStyle) -> Size { measurer.measure(text, style: style) }

    @discardableResult
    func draw(_ text: String, style: TextStyle, at origin: Point, quarterTurns: Int) -> Rect {
        let size = measure(text, style: style)
        return TextBox.rotated(Rect(x: 0, y: 0, width: size.width, height: size.height), at: origin, quarterTurns: quarterTurns)
    }

    func clipped(to rect: Rect, _ body: () -> Void) { body() }

    func group(_ name: String, _ body: () -> Void) { body() }
}
