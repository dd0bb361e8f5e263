import KPICore

/// How a breakdown chart splits OTOP sales (`otop.sales`): into the five product categories or
/// the two sales channels of the data contract, each part one breakdown indicator.
public enum SalesBreakdown: String, CaseIterable, Sendable {
    /// `otop.sales.food`, `.beverage`, `.textile`, `.decorative`, `.herbal`.
    case category
    /// `otop.sales.online`, `.offline`.
    case channel

    /// The indicator every part is a share of.
    public static let totalID = OTOPSales.totalID

    /// One part of the breakdown: a breakdown indicator and its short name for the legend.
    public typealias Part = OTOPSalesPart

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
    public static let spellings = [totalID] + allCases.map { "\(totalID).\($0.rawValue)" }

    /// The parts, in stacking order (bottom first) and legend order.
    public var parts: [Part] {
        switch self {
        case .category: return OTOPSales.categories
        case .channel: return OTOPSales.channels
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
