/// One area's rolled-up figures for one shown window, with the changes from the windows before:
/// what `RollUp` gives and a summary row is made of.
struct AreaWindowValue: Equatable {
    var level: AreaLevel
    /// District or province code, zone number; `nil` for the nation.
    var code: Int?
    var nameThai: String
    var nameEnglish: String
    var window: Window
    /// Σ of the units below, `nil` where there is no value.
    var observation: Observation?
    /// numerator / denominator for ratios, numerator otherwise; `nil` where there is no value.
    var value: Double?
    /// value − the previous shown window's value.
    var change: Double?
    /// change / |previous value|; `nil` when that is 0.
    var pctChange: Double?
    /// For flows: value − the value of the window one year earlier.
    var yoyChange: Double?
    /// `change` over the units with a value in both windows.
    var likeForLike: LikeForLikeChange?
    /// `yoyChange` over the units with a value in both windows.
    var likeForLikeYearOnYear: LikeForLikeChange?
    /// Units (districts, or a province's own figures) with a value in this window.
    var reporting: Int
    /// Units of the area in the input.
    var units: Int
}
