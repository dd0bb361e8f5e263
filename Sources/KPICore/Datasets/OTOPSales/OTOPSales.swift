/// `otop-sales`: OTOP product sales (หนึ่งตำบล หนึ่งผลิตภัณฑ์), one row per product per month
/// (and channel).
public enum OTOPSales: DatasetDefinition {
    /// The columns of the contract.
    public enum Column: String, ContractColumn {
        /// The month of sale.
        case month
        /// The producer's province.
        case provinceCode = "province_code"
        /// The producer's district.
        case districtCode = "district_code"
        /// The OTOP product id.
        case productID = "product_id"
        /// One of `categories`.
        case category
        /// One of `channels`.
        case channel
        /// Sales in the month.
        case sales = "sales_baht"
    }

    typealias Accumulator = OTOPSalesAccumulator
    typealias Generator = OTOPSalesDataset

    static let name = "otop-sales"
    static let moneyColumns: [Column] = [.sales]
    /// All sales: what every category's and every channel's sales are part of.
    public static let totalID = "otop.sales"
    /// The contract's five product categories, in the order of their indicators.
    public static let categories = [
        OTOPSalesPart(code: "food", official: "อาหาร", legend: "ผลิตภัณฑ์อาหาร", english: "Food"),
        OTOPSalesPart(code: "beverage", official: "เครื่องดื่ม", english: "Beverages"),
        OTOPSalesPart(code: "textile", official: "ผ้า เครื่องแต่งกาย", english: "Textiles and garments"),
        OTOPSalesPart(
            code: "decorative", official: "ของใช้ ของตกแต่ง ของที่ระลึก",
            english: "Household goods, decorations and souvenirs"),
        OTOPSalesPart(code: "herbal", official: "สมุนไพรที่ไม่ใช่อาหาร", english: "Non-food herbal products"),
    ]
    /// The contract's two sales channels.
    public static let channels = [
        OTOPSalesPart(code: "online", legend: "ออนไลน์", english: "Online"),
        OTOPSalesPart(code: "offline", legend: "ออฟไลน์", english: "Offline"),
    ]
    static let indicatorIDs = [totalID] + (categories + channels).map(\.indicatorID)
    static let nameThai = "ยอดจำหน่ายผลิตภัณฑ์ OTOP"
    static let nameEnglish = "OTOP sales"
}

/// A part of OTOP sales: a product category or a sales channel, with its breakdown indicator.
public struct OTOPSalesPart: Sendable {
    /// The contract's code, also the indicator id's last part (`food`).
    public let code: String
    /// The part's breakdown indicator (`otop.sales.food`).
    public var indicatorID: String { "\(OTOPSales.totalID).\(code)" }
    /// The official Thai name a file may write instead of the code, if any (`อาหาร`).
    public let official: String?
    /// The part's short Thai name, for a chart's legend (`ผลิตภัณฑ์อาหาร`).
    public let nameThai: String
    /// The part's short English name (`Food`).
    public let nameEnglish: String

    /// A part whose legend shows `legend` in Thai, or else its `official` name.
    init(code: String, official: String? = nil, legend: String? = nil, english: String) {
        self.code = code
        self.official = official
        nameThai = legend ?? official ?? code
        nameEnglish = english
    }

    /// The words a file may write for it: the code, then the official Thai name.
    var spellings: [String] { [code] + (official.map { [$0] } ?? []) }

    /// The part's short name in `language`.
    public func name(in language: Language) -> String { language == .thai ? nameThai : nameEnglish }
}

extension DatasetKind {
    /// OTOP product sales (`OTOPSales`).
    public static let otopSales = DatasetKind(OTOPSales.self)
}
