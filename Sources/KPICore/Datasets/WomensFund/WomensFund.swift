/// `womens-fund`: Women's Development Fund loans (กองทุนพัฒนาบทบาทสตรี), one row per loan per
/// month-end snapshot.
public enum WomensFund: DatasetDefinition {
    /// The columns of the contract.
    public enum Column: String, ContractColumn {
        /// The snapshot date.
        case asOf = "as_of"
        /// The borrower's province.
        case provinceCode = "province_code"
        /// The borrower's district.
        case districtCode = "district_code"
        /// The loan id, unique within a snapshot.
        case loanID = "loan_id"
        /// Principal outstanding.
        case outstanding = "outstanding_baht"
        /// The overdue part of it.
        case overdue = "overdue_baht"
    }

    typealias Accumulator = WomensFundAccumulator
    typealias Generator = WomensFundDataset

    static let name = "womens-fund"
    static let moneyColumns: [Column] = [.outstanding, .overdue]
    /// Σ overdue / Σ outstanding.
    static let overdueRatioID = "womens-fund.overdue-ratio"
    /// Σ outstanding.
    static let outstandingID = "womens-fund.outstanding"
    static let indicatorIDs = [overdueRatioID, outstandingID]
    static let nameThai = "กองทุนพัฒนาบทบาทสตรี"
    static let nameEnglish = "Women's Development Fund"
}

extension DatasetKind {
    /// Women's Development Fund loans (`WomensFund`).
    public static let womensFund = DatasetKind(WomensFund.self)
}
