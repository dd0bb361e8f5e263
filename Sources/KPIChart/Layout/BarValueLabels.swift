/// Value labels of upright bars, each on its own bar: just above its end (below for a negative
/// value). Every bar is labelled when no label then touches another bar or label; else in a
/// smaller type; else only the newest window's bars, at full size and then smaller; labels that
/// still collide are left out rather than moved away from their bar. A label never crosses the
/// dashed target line: it moves just above it (below, when there is no room above).
struct BarValueLabels {
    /// A bar to label.
    struct Bar {
        var rect: Rect
        var value: Double
        var window: Int
        /// A line under the value: who reported ("3/4"), when not every district did.
        var note: String? = nil

        /// The label's text: the value, its note on a line under it.
        func text(_ formatter: ValueFormatter) -> String {
            formatter.label(value) + (note.map { "\n" + $0 } ?? "")
        }
    }

    /// A label placed on its bar.
    struct Placed {
        /// Index into the bars.
        var bar: Int
        var text: String
        var style: TextStyle
        var box: Rect
    }

    let placed: [Placed]

    /// The room above the tallest bar a label needs.
    static func headroom(
        values: [Double?], notes: [String?] = [], formatter: ValueFormatter, theme: ChartTheme, canvas: Canvas
    ) -> Double {
        let style = theme.valueLabel.with(weight: .bold)
        let texts = values.indices.compactMap { index in
            values[index].map {
                Bar(
                    rect: Rect(x: 0, y: 0, width: 0, height: 0), value: $0, window: 0,
                    note: notes.indices.contains(index) ? notes[index] : nil
                ).text(formatter)
            }
        }
        return (texts.map { canvas.measure($0, style: style).height }.max() ?? 0) + theme.gap / 2
    }

    /// Labels for `bars`, the newest window being `newest`, the target line at `targetY`,
    /// within `plot` (its top leaves the headroom).
    init(
        bars: [Bar], newest: Int, formatter: ValueFormatter, theme: ChartTheme, plot: Rect, targetY: Double?,
        canvas: Canvas
    ) {
        let full = theme.valueLabel.with(alignment: .center)
        let small = full.with(size: max(theme.minimumText, full.size * 0.8))
        let newestOnly = bars.indices.filter { bars[$0].window == newest }
        let attempts: [(indexes: [Int], style: TextStyle)] = [
            (Array(bars.indices), full), (Array(bars.indices), small),
            (newestOnly, full), (newestOnly, small),
        ]
        func place(_ index: Int, style: TextStyle) -> Placed {
            let bar = bars[index]
            let text = bar.text(formatter)
            let weighted = bar.window == newest ? style.with(weight: .bold) : style
            let size = canvas.measure(text, style: weighted)
            var y = bar.value < 0 ? bar.rect.maxY + 1 : bar.rect.minY - size.height - 1
            if let targetY, y < targetY, y + size.height > targetY {
                y = targetY - size.height - 1 >= plot.minY ? targetY - size.height - 1 : targetY + 1
            }
            return Placed(
                bar: index, text: text, style: weighted,
                box: Rect(x: bar.rect.midX - size.width / 2, y: y, width: size.width, height: size.height))
        }
        func collisions(_ labels: [Placed]) -> Set<Int> {
            var hit: Set<Int> = []
            for (position, label) in labels.enumerated() {
                if bars.indices.contains(where: { $0 != label.bar && bars[$0].rect.intersects(label.box) })
                    || labels[..<position].contains(where: { $0.box.intersects(label.box) })
                {
                    hit.insert(position)
                }
            }
            return hit
        }
        var best: [Placed] = []
        for attempt in attempts {
            let labels = attempt.indexes.map { place($0, style: attempt.style) }
            let hit = collisions(labels)
            if hit.isEmpty {
                best = labels
                break
            }
            // The last resort: the newest window's labels that do not collide.
            best = labels.enumerated().filter { !hit.contains($0.offset) }.map(\.element)
        }
        placed = best
    }

    /// Draws the labels; `group` names each bar's group, if it has one.
    func draw(on canvas: Canvas, group: (Int) -> String? = { _ in nil }) {
        for label in placed {
            let draw = {
                _ = canvas.draw(label.text, style: label.style, at: Point(x: label.box.minX, y: label.box.minY))
            }
            if let name = group(label.bar) { canvas.group(name) { draw() } } else { draw() }
        }
    }

    /// A small dash on the baseline where a window has no value (missing, not zero).
    static func drawMissing(at point: Point, theme: ChartTheme, on canvas: Canvas) {
        let style = theme.valueLabel.with(color: theme.colors.axis)
        let size = canvas.measure("–", style: style)
        canvas.draw("–", style: style, at: Point(x: point.x - size.width / 2, y: point.y - size.height))
    }
}
