/// `kkcj`: Poverty Alleviation Project (กข.คจ.) village funds, one row per fund per snapshot.
public enum KKCJ: DatasetDefinition {
    /// The columns of the contract.
    public enum Column: String, ContractColumn {
        /// The snapshot date.
        case asOf = "as_of"
        /// The fund's province.
        case provinceCode = "province_code"
        /// The fund's district.
        case districtCode = "district_code"
        /// The village fund id, unique within a snapshot.
        case fundID = "fund_id"
        /// `normal` or `problem` (ปกติ / มีปัญหา).
        case status
        /// Money lent out and not yet repaid.
        case outstanding = "outstanding_baht"
    }

    typealias Accumulator = KKCJAccumulator
    typealias Generator = KKCJDataset

    static let name = "kkcj"
    static let moneyColumns: [Column] = [.outstanding]
    /// Funds with status problem.
    static let problemFundsID = "kkcj.problem-funds"
    /// Problem funds / all funds.
    static let problemShareID = "kkcj.problem-share"
    static let indicatorIDs = [problemFundsID, problemShareID]
    static let nameThai = "โครงการแก้ไขปัญหาความยากจน (กข.คจ.)"
    static let nameEnglish = "Poverty Alleviation Project funds (KKCJ)"
}

extension DatasetKind {
    /// Poverty Alleviation Project village funds (`KKCJ`).
    public static let kkcj = DatasetKind(KKCJ.self)
}
