/// A slow random wander over the months, the same for a key whatever range is generated: values
/// at every fourth month (counted from January of year 0) are drawn from `-1 ..< 1` and joined
/// by straight lines.
struct Drift {
    let seed: UInt64
    let stream: UInt64
    /// The district or area it belongs to.
    let area: Int
    /// Months between drawn points.
    private static let spacing = 4

    /// The wander's value in `month`, between -1 and 1.
    func value(in month: YearMonth) -> Double {
        let spacing = Self.spacing
        let knot = month.index >= 0 ? month.index / spacing : (month.index - spacing + 1) / spacing
        let offset = Double(month.index - knot * spacing) / Double(spacing)
        let before = point(knot)
        let after = point(knot + 1)
        return before + (after - before) * offset
    }

    private func point(_ knot: Int) -> Double {
        var random = SplitMix64(key: seed, stream, area, knot)
        return random.uniform(-1...1)
    }
}
