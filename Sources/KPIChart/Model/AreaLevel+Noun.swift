import KPICore

extension AreaLevel {
    /// The areas of this level within `scope` in running text: "จังหวัด", "อำเภอ" (Bangkok's
    /// "เขต") / "provinces", "districts".
    func noun(within scope: AreaScope = .nation) -> LocalizedText {
        switch self {
        case .district: return LocalizedText(thai: scope.noun(of: .district).thai, english: "districts")
        case .province: return LocalizedText(thai: "จังหวัด", english: "provinces")
        case .zone: return LocalizedText(thai: "เขตตรวจราชการ", english: "zones")
        case .nation: return LocalizedText(thai: "ประเทศ", english: "country")
        }
    }
}
