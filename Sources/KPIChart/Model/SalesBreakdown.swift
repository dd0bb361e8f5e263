import KPICore

/// How a breakdown chart splits OTOP sales (`otop.sales`): into the five product categories or
/// the two sales channels of the data contract, each part one breakdown indicator.
public enum SalesBreakdown: String, CaseIterable, Sendable {
    /// `otop.sales.food`, `.beverage`, `.textile`, `.decorative`, `.herbal`.
    case category
    /// `otop.sales.online`, `.offline`.
    case channel

    /// The indicator every part is a share of.
    public static let totalID = "otop.sales"

    /// One part of the breakdown: a breakdown indicator and its short name for the legend.
    public struct Part: Sendable {
        /// The catalog id of the part's sales (`otop.sales.food`).
        public var indicatorID: String
        /// The part's Thai name.
        public var nameThai: String
        /// The part's English name.
        public var nameEnglish: String

        /// The part's name in `language`.
        public func name(in language: Language) -> String { language == .thai ? nameThai : nameEnglish }
    }

    /// The breakdown `kpi chart --chart breakdown --indicator` names: `otop.sales` or
    /// `otop.sales.category` for the categories, `otop.sales.channel` for the channels.
    public init?(indicator: String) {
        switch indicator.lowercased() {
        case Self.totalID, "\(Self.totalID).category": self = .category
        case "\(Self.totalID).channel": self = .channel
        default: return nil
        }
    }

    /// The spellings `init(indicator:)` accepts, for help and error messages.
    public static let spellings = ["otop.sales", "otop.sales.category", "otop.sales.channel"]

    /// The parts, in stacking order (bottom first) and legend order.
    public var parts: [Part] {
        switch self {
        case .category:
            return [
                Part(indicatorID: "otop.sales.food", nameThai: "ผลิตภัณฑ์อาหาร", nameEnglish: "Food"),
                Part(indicatorID: "otop.sales.beverage", nameThai: "เครื่องดื่ม", nameEnglish: "Beverages"),
                Part(indicatorID: "otop.sales.textile", nameThai: "ผ้า เครื่องแต่งกาย", nameEnglish: "Textiles and garments"),
                Part(indicatorID: "otop.sales.decorative", nameThai: "ของใช้ ของตกแต่ง ของที่ระลึก",
                     nameEnglish: "Household goods, decorations and souvenirs"),
                Part(indicatorID: "otop.sales.herbal", nameThai: "สมุนไพรที่ไม่ใช่อาหาร", nameEnglish: "Non-food herbal products"),
            ]
        case .channel:
            return [
                Part(indicatorID: "otop.sales.online", nameThai: "ออนไลน์", nameEnglish: "Online"),
                Part(indicatorID: "otop.sales.offline", nameThai: "ออฟไลน์", nameEnglish: "Offline"),
            ]
        }
    }

    /// The chart's subject: "ยอดจำหน่ายผลิตภัณฑ์ OTOP แยกตามประเภทผลิตภัณฑ์" / "OTOP sales by product category".
    public func subject(in language: Language) -> String {
        switch (self, language) {
        case (.category, .thai): return "ยอดจำหน่ายผลิตภัณฑ์ OTOP แยกตามประเภทผลิตภัณฑ์"
        case (.category, .english): return "OTOP sales by product category"
        case (.channel, .thai): return "ยอดจำหน่ายผลิตภัณฑ์ OTOP แยกตามช่องทางจำหน่าย"
        case (.channel, .english): return "OTOP sales by sales channel"
        }
    }
}
