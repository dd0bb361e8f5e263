import KPICore

/// What every chart is set with: language, digits, size and the source line.
public struct ChartOptions: Sendable {
    public var language: Language
    public var digits: DigitStyle
    /// The drawing size in canvas units (pixels at scale 1; points for PDF).
    public var size: Size
    /// The source line under the chart; `nil` for the default credit.
    public var source: String?

    public init(language: Language = .thai, digits: DigitStyle = .arabic, size: Size = Size(width: 1600, height: 900),
                source: String? = nil) {
        self.language = language
        self.digits = digits
        self.size = size
        self.source = source
    }

    /// The source line shown.
    public var sourceLine: String {
        source ?? (language == .thai ? "ที่มา: ข้อมูลกรมการพัฒนาชุมชน · จัดทำด้วย ChumchonKPI"
                                     : "Source: Community Development Department data · made with ChumchonKPI")
    }

    /// Dates and windows in this language and digit style.
    public var calendar: CalendarFormatter { CalendarFormatter(language: language, digits: digits) }
}
