/// `bmn`: the Basic Minimum Needs survey (จปฐ.), one row per target household per survey year.
public enum BMN: DatasetDefinition {
    /// The columns of the contract.
    public enum Column: String, ContractColumn {
        /// The survey year (B.E.).
        case surveyYear = "survey_year"
        /// The household's province.
        case provinceCode = "province_code"
        /// The household's district.
        case districtCode = "district_code"
        /// The household id, unique within a survey year.
        case householdID = "household_id"
        /// When the household was surveyed; empty when not yet.
        case surveyedOn = "surveyed_on"
        /// Persons in the household.
        case members
        /// The household's income for the year.
        case income = "income_baht"
        /// Whether it passes all BMN criteria.
        case passed
    }

    typealias Accumulator = BMNAccumulator
    typealias Generator = BMNDataset

    static let name = "bmn"
    static let moneyColumns: [Column] = [.income]
    /// Surveyed / households.
    static let coverageID = "bmn.coverage"
    /// Passed / surveyed.
    static let passRateID = "bmn.pass-rate"
    /// Surveyed households under the income line.
    static let lowIncomeID = "bmn.low-income"
    /// That count / surveyed.
    static let lowIncomeShareID = "bmn.low-income-share"
    static let indicatorIDs = [coverageID, passRateID, lowIncomeID, lowIncomeShareID]
    static let nameThai = "ข้อมูลความจำเป็นพื้นฐาน (จปฐ.)"
    static let nameEnglish = "Basic Minimum Needs survey (BMN)"
}

extension DatasetKind {
    /// The Basic Minimum Needs survey (`BMN`).
    public static let bmn = DatasetKind(BMN.self)
}
