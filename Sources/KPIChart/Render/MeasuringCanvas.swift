/// A canvas of any size that measures text with a measurer (a `TextMeasurer`, another canvas) and draws nothing: for layout
/// passes that need the sizes of a picture before it is drawn (a chart's preferred height).
/// `draw` returns the box the text would take, exactly as the measuring canvas would place it.
final class MeasuringCanvas: Canvas {
    let size: Size
    private let measurer: any TextMeasuring

    init(size: Size, measuringWith measurer: any TextMeasuring) {
        self.size = size
        self.measurer = measurer
    }

    func fill(_ path: Path, color: Color) {}

    func stroke(_ path: Path, color: Color, width: Double, dash: [Double]) {}

    func measure(_ text: String, style: TextStyle) -> Size {
        measurer.measure(text, style: style)
    }

    @discardableResult
    func draw(_ text: String, style: TextStyle, at origin: Point, quarterTurns: Int) -> Rect {
        let size = measure(text, style: style)
        return TextBox.rotated(
            Rect(x: 0, y: 0, width: size.width, height: size.height), at: origin, quarterTurns: quarterTurns)
    }

    func clipped(to rect: Rect, _ body: () -> Void) { body() }

    func group(_ name: String, _ body: () -> Void) { body() }
}
