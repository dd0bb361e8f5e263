/// A skewed distribution given by a few of its quantiles, joined by straight lines: a uniform
/// draw `u` maps to the value below which a share `u` of cases fall. Money amounts with a long
/// right tail are drawn this way, with arithmetic alone (no `exp` or `log`, whose last digit can
/// differ between C libraries).
struct QuantileCurve {
    /// (share, value) pairs with shares rising from 0 to 1.
    let points: [(share: Double, value: Double)]

    /// The value at share `u` (0 ≤ u < 1).
    func value(at u: Double) -> Double {
        var index = 1
        while index < points.count - 1, points[index].share <= u { index += 1 }
        let low = points[index - 1]
        let high = points[index]
        return low.value + (high.value - low.value) * (u - low.share) / (high.share - low.share)
    }

    /// Relative to the median: 5 % of cases below 0.45 of it, 5 % above 2.4 times it.
    static let rightSkewed = QuantileCurve(points: [
        (0, 0.2), (0.05, 0.45), (0.2, 0.7), (0.5, 1.0), (0.8, 1.5), (0.95, 2.4), (1, 5.0),
    ])
}
