/// The record-level datasets of the data contract.
public enum DatasetKind: String, CaseIterable, Sendable {
    case womensFund = "womens-fund"
    case otopSales = "otop-sales"
    case bmn
    case kkcj
    case indicatorValues = "indicator-values"

    /// The columns a file of this kind must have (the contract's names).
    public var requiredColumns: [String] {
        switch self {
        case .womensFund:
            return ["as_of", "province_code", "district_code", "loan_id", "outstanding_baht", "overdue_baht"]
        case .otopSales:
            return ["month", "province_code", "district_code", "product_id", "category", "channel", "sales_baht"]
        case .bmn:
            return ["survey_year", "province_code", "district_code", "household_id", "surveyed_on", "members",
                    "income_baht", "passed"]
        case .kkcj:
            return ["as_of", "province_code", "district_code", "fund_id", "status", "outstanding_baht"]
        case .indicatorValues:
            return ["indicator_id", "period_end", "province_code", "district_code", "numerator", "denominator"]
        }
    }

    /// Every contract column of every kind, each once, in kind order.
    public static let allContractColumns: [String] = {
        var seen = Set<String>()
        return allCases.flatMap(\.requiredColumns).filter { seen.insert($0).inserted }
    }()

    /// The columns of this kind that hold money (baht with at most 2 decimals).
    public var moneyColumns: [String] {
        switch self {
        case .womensFund: return ["outstanding_baht", "overdue_baht"]
        case .otopSales: return ["sales_baht"]
        case .bmn: return ["income_baht"]
        case .kkcj: return ["outstanding_baht"]
        case .indicatorValues: return []
        }
    }

    /// The money columns of every kind: a workbook's numbers in these columns are rounded to the
    /// satang before the kind is known.
    static let allMoneyColumns = Set(allCases.flatMap(\.moneyColumns))

    /// The indicators the record-level kinds compute, which every catalog must declare.
    public static let builtInIndicatorIDs = [
        "womens-fund.overdue-ratio", "womens-fund.outstanding",
        "otop.sales", "otop.sales.food", "otop.sales.beverage", "otop.sales.textile", "otop.sales.decorative",
        "otop.sales.herbal", "otop.sales.online", "otop.sales.offline",
        "bmn.coverage", "bmn.pass-rate", "bmn.low-income", "bmn.low-income-share",
        "kkcj.problem-funds", "kkcj.problem-share",
    ]

    /// Whether this kind's records give the indicator `id` (a built-in one for the record-level
    /// kinds; any other catalog indicator comes from `indicator-values`).
    public func gives(_ id: String) -> Bool {
        let builtIn: DatasetKind? = Self.allCases.first { $0 != .indicatorValues && $0.givesBuiltIn(id) }
        return builtIn == self || (builtIn == nil && self == .indicatorValues)
    }

    /// Whether this kind's records give an indicator that `catalog` declares annual.
    public func mayHoldAnnualIndicators(in catalog: IndicatorCatalog) -> Bool {
        catalog.definitions.contains { $0.cadence == .annual && gives($0.id) }
    }

    private func givesBuiltIn(_ id: String) -> Bool {
        switch self {
        case .womensFund: return id == "womens-fund.overdue-ratio" || id == "womens-fund.outstanding"
        case .otopSales: return id == "otop.sales" || id.hasPrefix("otop.sales.")
        case .bmn: return id.hasPrefix("bmn.")
        case .kkcj: return id.hasPrefix("kkcj.")
        case .indicatorValues: return false
        }
    }

    /// The kinds whose columns `header` (lowercased, trimmed names) comes nearest to holding
    /// when it holds none's all: those that lack the fewest, with the columns they lack; none
    /// when every kind lacks more than half of its columns.
    public static func nearest(toHeader header: [String]) -> [(kind: DatasetKind, missing: [String])] {
        let names = Set(header)
        let lacking = allCases.map { kind in (kind: kind, missing: kind.requiredColumns.filter { !names.contains($0) }) }
            .filter { $0.missing.count * 2 <= $0.kind.requiredColumns.count }
        let fewest = lacking.map(\.missing.count).min()
        return lacking.filter { $0.missing.count == fewest }
    }

    /// The kind whose required columns `header` holds (lowercased, trimmed names); when several
    /// fit, the one that uses most of the header.
    public static func infer(fromHeader header: [String]) -> DatasetKind? {
        let names = Set(header)
        return allCases
            .filter { $0.requiredColumns.allSatisfy(names.contains) }
            .max { $0.requiredColumns.count < $1.requiredColumns.count }
    }
}
