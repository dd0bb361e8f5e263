/// The parts every chart shares: title and subtitle at the top, an optional legend, and at the
/// bottom the data's as-of date and the source. Drawing the frame gives the rectangle left for
/// the plot.
public struct ChartFrame {
    /// A legend entry: a marker (a colour swatch, a line) and its label.
    public struct LegendEntry: Sendable {
        /// What stands before the label.
        public enum Marker: Equatable, Sendable {
            /// A filled square, for bars.
            case swatch
            /// A short line, dashed with on/off lengths in theme units (empty = solid).
            case line(dash: [Double])
            /// Nothing: the entry is a note ("labelled: best 5 and worst 5").
            case none
        }

        /// The dash of a target line in the legend, in theme units.
        public static let targetDash: [Double] = [6, 4]

        /// The text after the marker.
        public var label: String
        /// The marker's colour.
        public var color: Color
        /// What stands before the label.
        public var marker: Marker

        /// Drawn as a dashed line instead of a swatch (a target).
        public var dashed: Bool {
            get { if case .line(let dash) = marker { return !dash.isEmpty } else { return false } }
            set { marker = newValue ? .line(dash: Self.targetDash) : .swatch }
        }

        /// An entry with a swatch, or with a dashed line when `dashed` (a target).
        public init(label: String, color: Color, dashed: Bool = false) {
            self.init(label: label, color: color, marker: dashed ? .line(dash: Self.targetDash) : .swatch)
        }

        /// An entry with `marker`.
        public init(label: String, color: Color, marker: Marker) {
            self.label = label
            self.color = color
            self.marker = marker
        }

        /// A note in the legend: text without a marker.
        public static func note(_ text: String) -> LegendEntry {
            // No marker: the colour is not drawn.
            LegendEntry(label: text, color: ChartColors.standard.axis, marker: .none)
        }
    }

    /// The title at the top (indicator and areas).
    public var title: String
    /// The line under the title (periods compared, target, notes); empty for none.
    public var subtitle: String
    /// The legend under the subtitle; empty for none.
    public var legend: [LegendEntry]
    /// "ข้อมูล ณ วันที่ …": every figure states the date its data is as of.
    public var asOfLine: String
    /// "ที่มา: …": the source of the data, at the bottom right.
    public var sourceLine: String

    /// A frame with these texts.
    public init(title: String, subtitle: String, legend: [LegendEntry] = [], asOfLine: String, sourceLine: String) {
        self.title = title
        self.subtitle = subtitle
        self.legend = legend
        self.asOfLine = asOfLine
        self.sourceLine = sourceLine
    }

    /// Draws the frame on `canvas` and returns the plot area.
    @discardableResult
    public func draw(on canvas: Canvas, theme: ChartTheme) -> Rect {
        let content = Rect(x: 0, y: 0, width: canvas.size.width, height: canvas.size.height)
            .inset(top: theme.margin, left: theme.margin, bottom: theme.margin, right: theme.margin)
        var top = content.minY
        canvas.group("title") {
            // An empty title or subtitle takes no room (`ChartOptions.title`, `.subtitle`).
            if !title.isEmpty {
                top =
                    canvas.draw(
                        title, style: theme.title.with(wrapWidth: content.width), at: Point(x: content.minX, y: top)
                    ).maxY
            }
            if !subtitle.isEmpty {
                top =
                    canvas.draw(
                        subtitle, style: theme.subtitle.with(wrapWidth: content.width),
                        at: Point(x: content.minX, y: top + (title.isEmpty ? 0 : theme.gap / 2))
                    ).maxY
            }
        }
        if !legend.isEmpty {
            canvas.group("legend") { top = drawLegend(on: canvas, theme: theme, top: top + theme.gap, in: content) }
        }

        var bottom = content.maxY
        canvas.group("footer") {
            let asOfSize = canvas.measure(asOfLine, style: theme.footerEmphasis)
            let sourceSize = canvas.measure(sourceLine, style: theme.footer.with(wrapWidth: content.width))
            if asOfSize.width + sourceSize.width + 3 * theme.gap <= content.width {
                let height = max(asOfSize.height, sourceSize.height)
                canvas.draw(asOfLine, style: theme.footerEmphasis, at: Point(x: content.minX, y: bottom - height))
                canvas.draw(
                    sourceLine, style: theme.footer, at: Point(x: content.maxX - sourceSize.width, y: bottom - height))
                bottom -= height
            } else {
                bottom -= sourceSize.height
                canvas.draw(
                    sourceLine, style: theme.footer.with(wrapWidth: content.width),
                    at: Point(x: content.minX, y: bottom))
                bottom -= asOfSize.height
                canvas.draw(asOfLine, style: theme.footerEmphasis, at: Point(x: content.minX, y: bottom))
            }
            let rule = bottom - theme.gap / 2
            canvas.stroke(
                .line(from: Point(x: content.minX, y: rule), to: Point(x: content.maxX, y: rule)),
                color: theme.colors.grid, width: max(1, theme.unit))
            bottom = rule - theme.gap / 2
        }
        return Rect(
            x: content.minX, y: top + theme.gap, width: content.width, height: max(0, bottom - top - 2 * theme.gap))
    }

    /// The height the frame takes around the plot on a canvas `width` wide: a chart whose plot
    /// needs height h needs a canvas of height h plus this. Measured with `canvas`, drawing nothing.
    public func chromeHeight(width: Double, theme: ChartTheme, measuringWith canvas: Canvas) -> Double {
        let tall = MeasuringCanvas(size: Size(width: width, height: 100_000), measuringWith: canvas)
        return tall.size.height - draw(on: tall, theme: theme).height
    }

    /// Legend entries in rows, left to right; returns the bottom of the last row.
    private func drawLegend(on canvas: Canvas, theme: ChartTheme, top: Double, in content: Rect) -> Double {
        let swatch = theme.legend.size * 0.9
        var x = content.minX
        var y = top
        var rowHeight = 0.0
        for entry in legend {
            let size = canvas.measure(entry.label, style: theme.legend)
            let markerWidth = entry.marker == .none ? 0 : swatch + theme.gap / 2
            let width = markerWidth + size.width
            if x > content.minX, x + width > content.maxX {
                x = content.minX
                y += rowHeight + theme.gap / 2
                rowHeight = 0
            }
            let middle = y + size.height / 2
            switch entry.marker {
            case .line(let dash):
                canvas.stroke(
                    .line(from: Point(x: x, y: middle), to: Point(x: x + swatch, y: middle)),
                    color: entry.color, width: 3 * theme.unit, dash: dash.map { $0 * theme.unit })
            case .swatch:
                canvas.fill(
                    .rectangle(Rect(x: x, y: middle - swatch / 2, width: swatch, height: swatch)), color: entry.color)
            case .none:
                break
            }
            canvas.draw(entry.label, style: theme.legend, at: Point(x: x + markerWidth, y: y))
            x += width + 2 * theme.gap
            rowHeight = max(rowHeight, size.height)
        }
        return y + rowHeight
    }
}
