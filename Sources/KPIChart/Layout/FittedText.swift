/// Texts that share a column and must fit its width, such as a table's cells: set at the largest
/// size, from the style's own down to `minimumSize` step by step, at which every one of them fits
/// in `maxLines` lines (wrapped at word boundaries; Pango breaks Thai between words). When none
/// does, they wrap at the minimum size in as many lines as they need, a word broken between
/// letters only when it alone is wider than the column. Never clipped: the height grows instead.
struct FittedText {
    /// The style to draw with: the chosen size, wrapped to the width.
    let style: TextStyle
    /// The height of the tallest text (one line when there are none).
    let height: Double
    /// Whether even the minimum size needed more than `maxLines` lines.
    let wrapped: Bool

    init(
        _ texts: [String], width: Double, style: TextStyle, minimumSize: Double, maxLines: Int = 1,
        step: Double = 1, canvas: Canvas
    ) {
        let width = max(width, 1)
        let minimumSize = min(minimumSize, style.size)
        var size = style.size
        while true {
            let candidate = style.with(size: size, wrapWidth: width, breaksWords: false)
            let line = canvas.measure("ก", style: candidate.with(wrapWidth: .some(nil))).height
            let sizes = texts.map { canvas.measure($0, style: candidate) }
            // Half a line of slack: a fallback font (▲, Latin) may make one line a little taller.
            if sizes.allSatisfy({ $0.width <= width + 0.5 && $0.height <= line * (Double(maxLines) + 0.5) }) {
                self.style = candidate
                height = sizes.map(\.height).max() ?? line
                wrapped = false
                return
            }
            if size <= minimumSize { break }
            size = max(minimumSize, size - step)
        }
        let wrapping = style.with(size: minimumSize, wrapWidth: width, breaksWords: true)
        self.style = wrapping
        let line = canvas.measure("ก", style: wrapping.with(wrapWidth: .some(nil))).height
        height = texts.map { canvas.measure($0, style: wrapping).height }.max() ?? line
        wrapped = true
    }
}
