/// Names under a category axis, always level (never turned upright): wrapped at word
/// boundaries to the slot width in a few lines when that fits (names and terms are never
/// broken, see `NoBreak`); else staggered on two or three rows, each name taking the width of as
/// many slots, in a smaller type if need be (never below the theme's minimum); else only every
/// `stride`-th name is drawn.
struct CategoryLabels {
    let names: [String]
    let slotWidth: Double
    let style: TextStyle
    /// Rows the names are staggered on: name `i` on row `i % rows`.
    let rows: Int
    /// Only every `stride`-th name is drawn (1: all).
    let stride: Int
    /// The height of one row.
    let rowHeight: Double
    /// Height the labels need below the axis.
    var height: Double { rowHeight * Double(rows) }
    /// Whether every name stands under its own slot, on one row.
    var oneRow: Bool { rows == 1 && stride == 1 }

    static let maxLines = 3

    /// Labels set in `style` (the theme's axis style unless told otherwise).
    init(names: [String], slotWidth: Double, theme: ChartTheme, style base: TextStyle? = nil, canvas: Canvas) {
        self.names = names
        self.slotWidth = slotWidth
        let base = base ?? theme.axis
        let sizes =
            Array(Swift.stride(from: base.size, to: theme.minimumText, by: -2 * theme.unit)) + [
                min(base.size, theme.minimumText)
            ]
        // One row in up to three lines; then staggered rows of one line each, in smaller type.
        var candidates: [(rows: Int, stride: Int, lines: Int)] = [(1, 1, Self.maxLines), (2, 1, 1), (3, 1, 1)]
        candidates += (2...max(2, names.count)).map { (3, $0, 1) }
        for candidate in candidates {
            let sizesTried = candidate.rows == 1 ? [base.size] : candidate.stride > 1 ? [sizes.last!] : sizes
            for size in sizesTried {
                guard
                    let fit = Self.fit(
                        names, rows: candidate.rows, stride: candidate.stride, lines: candidate.lines,
                        style: base.with(size: size), slotWidth: slotWidth, theme: theme, canvas: canvas)
                else { continue }
                style = fit.style
                rows = candidate.rows
                stride = candidate.stride
                rowHeight = fit.rowHeight
                return
            }
        }
        style = base
        rows = 1
        stride = max(1, names.count)
        rowHeight = canvas.measure("ก", style: base).height
    }

    /// Whether labels of `names` would stand each under its own slot on one row (`oneRow`),
    /// found without trying the other arrangements.
    static func fitOneRow(names: [String], slotWidth: Double, theme: ChartTheme, canvas: Canvas) -> Bool {
        if fit(
            names, rows: 1, stride: 1, lines: maxLines, style: theme.axis, slotWidth: slotWidth, theme: theme,
            canvas: canvas) != nil
        {
            return true
        }
        // Else only a single name may stand on one row: when no other arrangement fits it.
        return names.count == 1
            && CategoryLabels(names: names, slotWidth: slotWidth, theme: theme, canvas: canvas).oneRow
    }

    /// The style (centred, wrapped to the width of `rows` × `stride` slots) and row height of
    /// the names every `stride`-th of which fits that width in `lines` lines of `style`'s size;
    /// nil as soon as one does not.
    private static func fit(
        _ names: [String], rows: Int, stride: Int, lines: Int, style base: TextStyle, slotWidth: Double,
        theme: ChartTheme, canvas: Canvas
    ) -> (style: TextStyle, rowHeight: Double)? {
        let width = max(Double(rows * stride) * slotWidth - theme.gap / 2, 1)
        let style = base.with(alignment: .center, wrapWidth: width)
        let line = canvas.measure("ก", style: style.with(wrapWidth: .some(nil))).height
        var tallest: Double?
        for (index, name) in names.enumerated() where index % stride == 0 {
            let size = canvas.measure(name, style: style)
            guard size.width <= width + 0.5, size.height <= line * (Double(lines) + 0.5) else { return nil }
            tallest = max(tallest ?? 0, size.height)
        }
        return (style, tallest ?? line)
    }

    /// Draws label `index` centred under the slot starting at `x`, the rows' top at `top`
    /// (nothing when the stride leaves it out). A staggered label is wider than its slot and may
    /// reach under the value axis's labels: `top` must then clear them (`clearance`).
    func draw(_ index: Int, slotX x: Double, top: Double, on canvas: Canvas) {
        guard index % stride == 0 else { return }
        let width = style.wrapWidth ?? slotWidth
        let row = (index / stride) % rows
        canvas.draw(
            names[index], style: style, at: Point(x: x + slotWidth / 2 - width / 2, y: top + Double(row) * rowHeight))
    }

    /// How far below the axis the labels must start: the gap, or when they are wider than
    /// their slots, below the zero tick's label too (it reaches `overhang` below the axis).
    func clearance(gap: Double, overhang: Double) -> Double {
        oneRow ? gap : max(gap, overhang + gap / 4)
    }
}
