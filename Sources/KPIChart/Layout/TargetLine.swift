import KPICore

/// An indicator's target on a plot: a dashed line in the target colour, labelled with the
/// target's value in bold. Every chart with a target draws it alike.
struct TargetLine {
    /// The target, on the value's scale.
    let value: Double
    /// Its label ("10.0%").
    let text: String
    let style: TextStyle
    private let theme: ChartTheme

    /// The target line of `definition`, or `nil` when it has no target.
    init?(definition: IndicatorDefinition, formatter: ValueFormatter, theme: ChartTheme) {
        guard let target = definition.target else { return nil }
        value = target
        text = formatter.label(target)
        style = theme.valueLabel.with(weight: .bold, color: theme.colors.target)
        self.theme = theme
    }

    /// The size of the label.
    func labelSize(on canvas: Canvas) -> Size { canvas.measure(text, style: style) }

    /// Strokes the dashed line from `start` to `end`.
    func stroke(from start: Point, to end: Point, on canvas: Canvas) {
        canvas.stroke(
            .line(from: start, to: end), color: theme.colors.target,
            width: 3 * theme.unit, dash: [10 * theme.unit, 6 * theme.unit])
    }

    /// Draws the label with its top-left at `origin`; returns its box.
    @discardableResult
    func drawLabel(at origin: Point, on canvas: Canvas) -> Rect {
        canvas.draw(text, style: style, at: origin)
    }
}
