/// Area names under a category axis: wrapped at word boundaries to the slot width when that
/// fits in a few lines (Pango breaks Thai between words), turned upright only when a single
/// word is wider than its slot.
struct CategoryLabels {
    let names: [String]
    let slotWidth: Double
    let style: TextStyle
    /// Turned a quarter turn, reading upwards.
    let rotated: Bool
    /// Height the labels need below the axis.
    let height: Double
    /// Turned labels thicker than their slot: side by side they would overlap, so a chart draws
    /// only every `stride`-th of them (or none).
    let stride: Int

    static let maxLines = 3

    /// Labels set in `style` (the theme's axis style unless told otherwise).
    init(names: [String], slotWidth: Double, theme: ChartTheme, style base: TextStyle? = nil, canvas: Canvas) {
        self.names = names
        self.slotWidth = slotWidth
        let base = base ?? theme.axis
        let width = max(slotWidth - theme.gap / 2, 1)
        let wrapped = base.with(alignment: .center, wrapWidth: width)
        let lineHeight = canvas.measure("ก", style: base).height
        let sizes = names.map { canvas.measure($0, style: wrapped) }
        if sizes.allSatisfy({ $0.width <= width + 0.5 && $0.height <= lineHeight * Double(Self.maxLines) + 0.5 }) {
            style = wrapped
            rotated = false
            height = sizes.map(\.height).max() ?? 0
        } else {
            style = base
            rotated = true
            height = names.map { canvas.measure($0, style: base).width }.max() ?? 0
        }
        stride = rotated ? max(1, Int((lineHeight / max(slotWidth, 0.01)).rounded(.up))) : 1
    }

    /// Draws label `index` under the slot starting at `x`, its top at `top`.
    func draw(_ index: Int, slotX x: Double, top: Double, on canvas: Canvas) {
        let name = names[index]
        let size = canvas.measure(name, style: style)
        if rotated {
            // Reading upwards, right-aligned to the axis: the text's end touches `top`.
            canvas.draw(name, style: style, at: Point(x: x + slotWidth / 2 - size.height / 2, y: top + size.width), quarterTurns: 1)
        } else {
            canvas.draw(name, style: style, at: Point(x: x + (slotWidth - (style.wrapWidth ?? size.width)) / 2, y: top))
        }
    }
}
