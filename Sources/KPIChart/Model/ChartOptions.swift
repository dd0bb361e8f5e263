import KPICore

/// What every chart is set with: language, digits, size, the source line, titles, style and font
/// and, inside a document, the page numbers.
public struct ChartOptions: Sendable {
    /// Where a chart's pages fall in a document: its first page's number and the document's count.
    public struct PageNumbering: Sendable, Equatable {
        /// The page number of the chart's first page.
        public var first: Int
        /// The pages of the whole document.
        public var total: Int

        /// Pages numbered from `first` of `total`.
        public init(first: Int, total: Int) {
            self.first = first
            self.total = total
        }
    }

    /// The language of every text of the chart.
    public var language: Language
    /// Arabic or Thai digits in every number.
    public var digits: DigitStyle
    /// The drawing size in canvas units (pixels at scale 1; points for PDF).
    public var size: Size
    /// The source line under the chart; `nil` for the default credit.
    public var source: String?
    /// Set when the chart is pages of a document: each page's footer then says "หน้า n/N".
    public var pageNumbering: PageNumbering?
    /// The layout unit (type sizes and spacing, 1 for a 1600×900 chart) when it should not
    /// follow the size: the figures side by side on a briefing page keep the page's type.
    public var unit: Double?
    /// The smallest text, in canvas units, when not `ChartTheme.minimumTextSize` (10 px on a
    /// screen image): an A4 page in points reads smaller type in print.
    public var minimumTextSize: Double?
    /// How tightly tables and rankings set their rows.
    public var density: ChartDensity = .regular
    /// The title, in place of the generated "indicator — areas" (a briefing's figures side by
    /// side drop the areas, which the page already names); empty for no title.
    public var title: String?
    /// The subtitle, in place of the generated windows, target and notes; empty for none. The
    /// data's as-of date stays in the footer either way.
    public var subtitle: String?
    /// What the figure shows, in words, on its own line under the subtitle (a briefing's
    /// findings about the indicator).
    public var caption: String?
    /// Colours and type sizes: the built-in style or a theme file's.
    public var style: ChartStyle = .standard
    /// The font family text is set in first (an installed family, e.g. "TH Sarabun New"); `nil`
    /// for the first of `ThaiFontFamilies.preferred` installed. Characters it lacks fall back to
    /// the preferred Thai families.
    public var fontFamily: String?

    /// Options for a chart of `size` canvas units in `language` and `digits`; `source` replaces the
    /// default source line, `pageNumbering` adds "หน้า n/N" to the footer.
    public init(
        language: Language = .thai, digits: DigitStyle = .arabic, size: Size = Size(width: 1600, height: 900),
        source: String? = nil, pageNumbering: PageNumbering? = nil
    ) {
        self.language = language
        self.digits = digits
        self.size = size
        self.source = source
        self.pageNumbering = pageNumbering
    }

    /// The source line of the chart's first (or only) page.
    public var sourceLine: String { sourceLine(page: 0) }

    /// The source line of the chart's page `page` (from 0), with the document's page number.
    public func sourceLine(page: Int) -> String {
        let credit =
            source
            ?? LocalizedText(
                thai: "ที่มา: ข้อมูลกรมการพัฒนาชุมชน · จัดทำด้วย ChumchonKPI",
                english: "Source: Community Development Department data · made with ChumchonKPI")(language)
        guard let pageNumbering else { return credit }
        let number = pageNumbering.first + page
        return credit
            + digits.apply(
                to: LocalizedText(
                    thai: " · หน้า \(number)/\(pageNumbering.total)",
                    english: " · Page \(number)/\(pageNumbering.total)")(language))
    }

    /// Dates and windows in this language and digit style.
    public var calendar: CalendarFormatter { CalendarFormatter(language: language, digits: digits) }
}
