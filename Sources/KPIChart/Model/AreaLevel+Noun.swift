import KPICore

extension AreaLevel {
    /// The areas of this level in running text: "จังหวัด", "อำเภอ" / "provinces", "districts".
    func noun(in language: Language) -> String {
        switch (self, language) {
        case (.district, .thai): return "อำเภอ"
        case (.province, .thai): return "จังหวัด"
        case (.zone, .thai): return "เขตตรวจราชการ"
        case (.nation, .thai): return "ประเทศ"
        case (.district, .english): return "districts"
        case (.province, .english): return "provinces"
        case (.zone, .english): return "zones"
        case (.nation, .english): return "country"
        }
    }
}
