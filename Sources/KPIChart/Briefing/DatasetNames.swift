import KPICore

extension DatasetKind {
    /// The dataset's name for people: "กองทุนพัฒนาบทบาทสตรี", "Women's Development Fund".
    func displayName(in language: Language) -> String {
        switch (self, language) {
        case (.womensFund, .thai): return "กองทุนพัฒนาบทบาทสตรี"
        case (.womensFund, .english): return "Women's Development Fund"
        case (.otopSales, .thai): return "ยอดจำหน่ายผลิตภัณฑ์ OTOP"
        case (.otopSales, .english): return "OTOP sales"
        case (.bmn, .thai): return "ข้อมูลความจำเป็นพื้นฐาน (จปฐ.)"
        case (.bmn, .english): return "Basic Minimum Needs survey (BMN)"
        case (.kkcj, .thai): return "โครงการแก้ไขปัญหาความยากจน (กข.คจ.)"
        case (.kkcj, .english): return "Poverty Alleviation Project funds (KKCJ)"
        case (.indicatorValues, .thai): return "ตัวชี้วัดภารกิจสำคัญอื่น"
        case (.indicatorValues, .english): return "Other key-mission indicators"
        }
    }
}
