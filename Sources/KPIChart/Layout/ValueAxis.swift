/// A value axis: round ticks with gridlines and labels, the unit as its title. Vertical (labels
/// left of the plot, the unit above) for bars and lines; across (labels above the plot,
/// gridlines running down) for horizontal bars.
struct ValueAxis {
    let scale: NiceScale
    let formatter: ValueFormatter
    let theme: ChartTheme

    /// The axis for values in `range` (with `extra` values such as a target that must show).
    init(range: ClosedRange<Double>, extra: [Double], formatter: ValueFormatter, theme: ChartTheme) {
        let low = ([range.lowerBound] + extra).min()!
        let high = ([range.upperBound] + extra).max()!
        scale = NiceScale(covering: low...high, ticks: 5)
        self.formatter = formatter
        self.theme = theme
    }

    var tickLabels: [String] {
        let decimals = scale.decimals(
            multiplier: formatter.scale == .percent ? 100 : formatter.scale == .millionBaht ? 1e-6 : 1)
        return scale.ticks.map { formatter.format($0, decimals: decimals) }
    }

    /// The width the tick labels need left of the plot.
    func labelWidth(on canvas: Canvas) -> Double {
        tickLabels.map { canvas.measure($0, style: theme.axis).width }.max()! + theme.gap
    }

    /// The height the unit title needs above the plot: its own line, above both the plot (where
    /// bar labels may stand) and the top tick's label (centred on the top gridline, so up to half
    /// of it above the plot).
    func unitHeight(on canvas: Canvas) -> Double {
        formatter.unitLabel.map { canvas.measure($0, style: theme.axis).height * 1.5 + theme.gap / 4 } ?? 0
    }

    /// How far the top tick's label reaches above its tick: the scale's top must sit at least
    /// this far below the plot's top.
    func overhang(on canvas: Canvas) -> Double {
        canvas.measure(tickLabels.last!, style: theme.axis).height / 2
    }

    /// The y coordinate of `value` when the scale spans `top`…`bottom`.
    func y(_ value: Double, top: Double, bottom: Double) -> Double {
        scale.position(value, from: bottom, to: top)
    }

    /// Draws gridlines across `plot` (the scale spanning `top` to `bottom` inside it), tick
    /// labels left of `plot.minX`, and the unit title above `plot` (in the `unitHeight` reserved).
    /// The x coordinate of `value` when the scale spans `left`…`right`.
    func x(_ value: Double, left: Double, right: Double) -> Double {
        scale.position(value, from: left, to: right)
    }

    /// The height of a row of tick labels, for an axis across the plot.
    func labelHeight(on canvas: Canvas) -> Double {
        tickLabels.map { canvas.measure($0, style: theme.axis).height }.max()!
    }

    /// Draws an axis across a plot whose values span `left`…`right`: gridlines down from `top`
    /// to `bottom`, and tick labels centred on them, bottom-aligned in `labelRow` and kept
    /// within it, leaving out any label that would come too close to a box in `avoiding` or to
    /// the label before it. Returns the boxes of the labels drawn.
    @discardableResult
    func drawAcross(
        on canvas: Canvas, left: Double, right: Double, top: Double, bottom: Double, labelRow row: Rect,
        avoiding: [Rect] = []
    ) -> [Rect] {
        var drawn: [Rect] = []
        canvas.group("value-axis") {
            for (tick, label) in zip(scale.ticks, tickLabels) {
                let x = self.x(tick, left: left, right: right)
                canvas.stroke(
                    .line(from: Point(x: x, y: top), to: Point(x: x, y: bottom)),
                    color: tick == 0 ? theme.colors.axis : theme.colors.grid, width: max(1, theme.unit))
                let size = canvas.measure(label, style: theme.axis)
                let labelX = min(max(x - size.width / 2, row.minX), row.maxX - size.width)
                let box = Rect(x: labelX, y: row.maxY - size.height, width: size.width, height: size.height)
                guard
                    !(avoiding + drawn).contains(where: {
                        $0.intersects(box.inset(left: -theme.gap / 2, right: -theme.gap / 2))
                    })
                else { continue }
                drawn.append(canvas.draw(label, style: theme.axis, at: Point(x: box.minX, y: box.minY)))
            }
        }
        return drawn
    }

    /// Draws gridlines across `plot` (from `top` to `bottom`), tick labels left of `plot.minX`,
    /// and the unit title above.
    func draw(on canvas: Canvas, plot: Rect, top: Double, bottom: Double) {
        canvas.group("value-axis") {
            for (tick, label) in zip(scale.ticks, tickLabels) {
                let y = self.y(tick, top: top, bottom: bottom)
                canvas.stroke(
                    .line(from: Point(x: plot.minX, y: y), to: Point(x: plot.maxX, y: y)),
                    color: tick == 0 ? theme.colors.axis : theme.colors.grid, width: max(1, theme.unit))
                let size = canvas.measure(label, style: theme.axis)
                canvas.draw(
                    label, style: theme.axis, at: Point(x: plot.minX - theme.gap - size.width, y: y - size.height / 2))
            }
            if let unit = formatter.unitLabel {
                // Above the plot (bar labels stand between `plot.minY` and `top`, and the unit may
                // reach over the first bars) and above the top tick's label, centred on `top`.
                let size = canvas.measure(unit, style: theme.axis)
                let tick = canvas.measure(tickLabels.last!, style: theme.axis)
                canvas.draw(
                    unit, style: theme.axis,
                    at: Point(
                        x: max(plot.minX - labelWidth(on: canvas), 0),
                        y: min(plot.minY, top - tick.height / 2) - theme.gap / 4 - size.height))
            }
        }
    }
}
