/// `indicator-values`: figures already counted for the catalog's other indicators, per district
/// or per province, per month.
public enum IndicatorValues: DatasetDefinition {
    /// The columns of the contract.
    public enum Column: String, ContractColumn {
        /// An id of the indicator catalog.
        case indicatorID = "indicator_id"
        /// The last day of the month the figure covers.
        case periodEnd = "period_end"
        /// The area's province.
        case provinceCode = "province_code"
        /// The area's district; empty for a province-level figure.
        case districtCode = "district_code"
        /// The count, sum or numerator.
        case numerator
        /// The denominator; empty for sums and counts.
        case denominator
    }

    typealias Accumulator = IndicatorValuesAccumulator
    typealias Generator = IndicatorValuesDataset

    static let name = "indicator-values"
    static let moneyColumns: [Column] = []
    static let indicatorIDs: [String] = []
    static let givesOtherIndicators = true
    static let nameThai = "ตัวชี้วัดภารกิจสำคัญอื่น"
    static let nameEnglish = "Other key-mission indicators"
}

extension DatasetKind {
    /// Figures already counted for the catalog's other indicators (`IndicatorValues`).
    public static let indicatorValues = DatasetKind(IndicatorValues.self)
}
