/// The box a text takes once placed.
enum TextBox {
    /// `box` (relative to the text's origin) placed at `origin` and turned by `quarterTurns`
    /// quarter turns anticlockwise around it, in canvas coordinates.
    static func rotated(_ box: Rect, at origin: Point, quarterTurns: Int) -> Rect {
        let corners = [(box.minX, box.minY), (box.maxX, box.minY), (box.minX, box.maxY), (box.maxX, box.maxY)]
        let turns = ((quarterTurns % 4) + 4) % 4
        let placed = corners.map { x, y -> (Double, Double) in
            switch turns {
            case 1: return (origin.x + y, origin.y - x)
            case 2: return (origin.x - x, origin.y - y)
            case 3: return (origin.x - y, origin.y + x)
            default: return (origin.x + x, origin.y + y)
            }
        }
        let xs = placed.map(\.0)
        let ys = placed.map(\.1)
        return Rect(x: xs.min()!, y: ys.min()!, width: xs.max()! - xs.min()!, height: ys.max()! - ys.min()!)
    }
}
