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
        let sizes = Array(Swift.stride(from: base.size, to: theme.minimumText, by: -2 * theme.unit)) + [min(base.size, theme.minimumText)]
        // One row in up to three lines; then staggered rows of one line each, in smaller type.
        var candidates: [(rows: Int, stride: Int, lines: Int)] = [(1, 1, Self.maxLines), (2, 1, 1), (3, 1, 1)]
        candidates += (2...max(2, names.count)).map { (3, $0, 1) }
        for candidate in candidates {
            let sizesTried = candidate.rows == 1 ? [base.size] : candidate.stride > 1 ? [sizes.last!] : sizes
            for size in sizesTried {
                let width = max(Double(candidate.rows * candidate.stride) * slotWidth - theme.gap / 2, 1)
                let style = base.with(size: size, alignment: .center, wrapWidth: width)
                let line = canvas.measure("ก", style: style.with(wrapWidth: .some(nil))).height
                let drawn = names.enumerated().filter { $0.offset % candidate.stride == 0 }.map { canvas.measure($0.element, style: style) }
                guard drawn.allSatisfy({ $0.width <= width + 0.5 && $0.height <= line * (Double(candidate.lines) + 0.5) }) else { continue }
                self.style = style
                rows = candidate.rows
                stride = candidate.stride
                rowHeight = drawn.map(\.height).max() ?? line
                return
            }
        }
        style = base
        rows = 1
        stride = max(1, names.count)
        rowHeight = canvas.measure("ก", style: base).height
    }

    /// Draws label `index` centred under the slot starting at `x`, the rows' top at `top`
    /// (nothing when the stride leaves it out). A staggered label is wider than its slot and may
    /// reach under the value axis's labels: `top` must then clear them (`clearance`).
    func draw(_ index: Int, slotX x: Double, top: Double, on canvas: Canvas) {
        guard index % stride == 0 else { return }
        let width = style.wrapWidth ?? slotWidth
        let row = (index / stride) % rows
        canvas.draw(names[index], style: style, at: Point(x: x + slotWidth / 2 - width / 2, y: top + Double(row) * rowHeight))
    }

    /// How far below the axis the labels must start: the gap, or when they are wider than
    /// their slots, below the zero tick's label too (it reaches `overhang` below the axis).
    func clearance(gap: Double, overhang: Double) -> Double {
        oneRow ? gap : max(gap, overhang + gap / 4)
    }
}
