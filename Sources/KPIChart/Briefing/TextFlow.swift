/// Lays text blocks out down a page area and breaks them into pages: every block is measured
/// with the canvas that draws it, so nothing runs off a page.
struct TextFlow {
    let theme: ChartTheme

    var headingStyle: TextStyle { theme.subtitle.with(weight: .bold, color: theme.colors.strongText) }
    var bodyStyle: TextStyle { theme.legend.with(size: theme.legend.size * 1.05, color: theme.colors.strongText) }

    /// The blocks of each page, for an area of `size`.
    func paginate(_ blocks: [TextBlock], size: Size, canvas: Canvas) -> [[TextBlock]] {
        var pages: [[TextBlock]] = [[]]
        var used = 0.0
        for (index, block) in blocks.enumerated() {
            var height = self.height(of: block, width: size.width, canvas: canvas)
            // Keep a heading with the block that follows it.
            if case .heading = block, index + 1 < blocks.count {
                height += self.height(of: blocks[index + 1], width: size.width, canvas: canvas)
            }
            if used + height > size.height, !pages[pages.count - 1].isEmpty {
                pages.append([])
                used = 0
            }
            pages[pages.count - 1].append(block)
            used += self.height(of: block, width: size.width, canvas: canvas)
        }
        return pages
    }

    /// Draws `blocks` from the top of `area`.
    func draw(_ blocks: [TextBlock], in area: Rect, on canvas: Canvas) {
        var y = area.minY
        for block in blocks {
            let height = self.height(of: block, width: area.width, canvas: canvas)
            switch block {
            case .heading(let text):
                canvas.draw(
                    text, style: headingStyle.with(wrapWidth: area.width),
                    at: Point(x: area.minX, y: y + spacing(block)))
            case .paragraph(let text):
                canvas.draw(text, style: bodyStyle.with(wrapWidth: area.width), at: Point(x: area.minX, y: y))
            case .bullet(let text):
                canvas.draw("•", style: bodyStyle, at: Point(x: area.minX, y: y))
                canvas.draw(
                    text, style: bodyStyle.with(wrapWidth: area.width - indent), at: Point(x: area.minX + indent, y: y))
            case .item(let title, let text):
                canvas.draw("•", style: bodyStyle, at: Point(x: area.minX, y: y))
                let titleBox = canvas.draw(
                    title, style: bodyStyle.with(weight: .bold, wrapWidth: area.width - indent),
                    at: Point(x: area.minX + indent, y: y))
                canvas.draw(
                    text, style: bodyStyle.with(wrapWidth: area.width - indent),
                    at: Point(x: area.minX + indent, y: titleBox.maxY))
            case .row(let cells, let widths, let header):
                var x = area.minX
                let style = header ? bodyStyle.with(weight: .bold) : bodyStyle
                for (cell, share) in zip(cells, widths) {
                    let width = area.width * share
                    canvas.draw(cell, style: style.with(wrapWidth: width - theme.gap), at: Point(x: x, y: y))
                    x += width
                }
                if header {
                    canvas.stroke(
                        .line(
                            from: Point(x: area.minX, y: y + height - theme.gap / 4),
                            to: Point(x: area.maxX, y: y + height - theme.gap / 4)),
                        color: theme.colors.axis, width: max(0.5, theme.unit))
                }
            }
            y += height
        }
    }

    private var indent: Double { bodyStyle.size * 1.2 }

    private func spacing(_ block: TextBlock) -> Double {
        if case .heading = block { return theme.gap }
        return 0
    }

    /// The height `block` takes, with the space after it.
    private func height(of block: TextBlock, width: Double, canvas: Canvas) -> Double {
        switch block {
        case .heading(let text):
            return spacing(block) + canvas.measure(text, style: headingStyle.with(wrapWidth: width)).height + theme.gap
                / 2
        case .paragraph(let text):
            return canvas.measure(text, style: bodyStyle.with(wrapWidth: width)).height + theme.gap / 2
        case .bullet(let text):
            return canvas.measure(text, style: bodyStyle.with(wrapWidth: width - indent)).height + theme.gap / 3
        case .item(let title, let text):
            return canvas.measure(title, style: bodyStyle.with(weight: .bold, wrapWidth: width - indent)).height
                + canvas.measure(text, style: bodyStyle.with(wrapWidth: width - indent)).height + theme.gap / 3
        case .row(let cells, let widths, let header):
            let style = header ? bodyStyle.with(weight: .bold) : bodyStyle
            let tallest =
                zip(cells, widths).map {
                    canvas.measure($0, style: style.with(wrapWidth: width * $1 - theme.gap)).height
                }.max() ?? 0
            return tallest + theme.gap / (header ? 1 : 3)
        }
    }
}
