/// A vertical value axis: round ticks with gridlines and labels on the left, the unit above.
struct ValueAxis {
    let scale: NiceScale
    let formatter: ValueFormatter
    let theme: ChartTheme

    /// The axis for values in `range` (with `extra` values such as a target that must show).
    init(range: ClosedRange<Double>, extra: [Double], formatter: ValueFormatter, theme: ChartTheme) {
        let low = ([range.lowerBound] + extra).min()!, high = ([range.upperBound] + extra).max()!
        scale = NiceScale(covering: low...high, ticks: 5)
        self.formatter = formatter
        self.theme = theme
    }

    var tickLabels: [String] {
        let decimals = scale.decimals(multiplier: formatter.scale == .percent ? 100 : formatter.scale == .millionBaht ? 1e-6 : 1)
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
    func draw(on canvas: Canvas, plot: Rect, top: Double, bottom: Double) {
        canvas.group("value-axis") {
            for (tick, label) in zip(scale.ticks, tickLabels) {
                let y = self.y(tick, top: top, bottom: bottom)
                canvas.stroke(.line(from: Point(x: plot.minX, y: y), to: Point(x: plot.maxX, y: y)),
                              color: tick == 0 ? ChartTheme.axisColor : ChartTheme.gridColor, width: max(1, theme.unit))
                let size = canvas.measure(label, style: theme.axis)
                canvas.draw(label, style: theme.axis, at: Point(x: plot.minX - theme.gap - size.width, y: y - size.height / 2))
            }
            if let unit = formatter.unitLabel {
                // Above the plot (bar labels stand between `plot.minY` and `top`, and the unit may
                // reach over the first bars) and above the top tick's label, centred on `top`.
                let size = canvas.measure(unit, style: theme.axis)
                let tick = canvas.measure(tickLabels.last!, style: theme.axis)
                canvas.draw(unit, style: theme.axis, at: Point(x: max(plot.minX - labelWidth(on: canvas), 0),
                                                                y: min(plot.minY, top - tick.height / 2) - theme.gap / 4 - size.height))
            }
        }
    }
}
