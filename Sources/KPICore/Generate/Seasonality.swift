/// How Thai retail sales move through the year, as a multiple of an average month: high in the
/// October–December festival and OTOP-fair season, a lift for New Year and Songkran, and a dip
/// in the rainy season (June–September).
enum Seasonality {
    /// Multipliers for January … December; they average 1.
    private static let factors: [Double] = [1.12, 1.0, 0.98, 1.08, 0.88, 0.78, 0.74, 0.78, 0.84, 1.1, 1.25, 1.45]

    /// The multiplier for `month`.
    static func factor(_ month: YearMonth) -> Double {
        factors[month.month - 1]
    }
}
