import Foundation
import KPICore

/// What a briefing is for: its scope, language, digits and date of issue, and its look.
public struct BriefingRequest: Sendable {
    /// The zone, province or nation briefed.
    public var scope: AreaScope
    /// The language of every page.
    public var language: Language
    /// Arabic or Thai digits in every number.
    public var digits: DigitStyle
    /// The date printed as the date of issue; equal input and date give equal bytes.
    public var issued: CivilDate
    /// Colours and type sizes of every page and figure (`ChartOptions.style`).
    public var style: ChartStyle = .standard
    /// The font family text is set in first (`ChartOptions.fontFamily`).
    public var fontFamily: String?

    /// A briefing of `scope`, issued on `issued`, in the built-in style and fonts.
    public init(scope: AreaScope, language: Language = .thai, digits: DigitStyle = .arabic, issued: CivilDate) {
        self.scope = scope
        self.language = language
        self.digits = digits
        self.issued = issued
    }
}

/// The inspection briefing pack: a multi-page A4 landscape PDF with every headline indicator
/// compared over the last 3-month rounds, each page dated, and the same figures as images.
public struct Briefing {
    /// A4 landscape, in points.
    public static let pageSize = Size(width: 842, height: 595)
    /// The smallest text on a page, in points: tables of 25–32 districts fit a page, still
    /// readable in print.
    static let minimumTextSize = 7.5
    /// The size of the figures `--images` writes (at scale 2 for PNG).
    public static let imageSize = Size(width: 1600, height: 900)

    let summary: Summary
    let report: IngestReport
    let request: BriefingRequest
    let pages: [BriefingPage]

    /// Plans the pages of the briefing of `summary` (which must hold the scope's areas at every
    /// level, as `AreaScope.briefingFilter` asks) read as `report` says.
    public init(summary: Summary, report: IngestReport, request: BriefingRequest) throws {
        self.summary = summary
        self.report = report
        self.request = request
        let measurer = try TextMeasurer(fontFamily: request.fontFamily)
        pages = BriefingPlanner(summary: summary, report: report, request: request, measurer: measurer).pages()
    }

    /// The title of every page, in order.
    public var pageTitles: [String] { pages.flatMap(\.titles) }

    /// The PDF: fonts embedded, dates fixed to the date of issue, byte-identical for equal input.
    public func pdf() throws -> [UInt8] {
        let renderer = ChartRenderer(format: .pdf, creationDate: "\(request.issued)T00:00:00Z")
        return try renderer.render(
            size: Self.pageSize, fontFamily: request.fontFamily, background: request.style.colors.background,
            measuredBy: nil
        ) { canvas in
            let total = pages.reduce(0) { $0 + $1.pageCount }
            var next = 1
            for page in pages {
                if next > 1 { canvas.newPage() }
                page.draw(canvas, ChartOptions.PageNumbering(first: next, total: total))
                next += page.pageCount
            }
        }
    }

    /// Writes every figure as `NAME.png` (at scale 2) and `NAME.svg` into the folder
    /// `directory`, which is replaced as a whole (`StagedDirectory`): on failure it is as it was.
    /// Returns the names written.
    public func writeImages(to directory: String) throws -> [String] {
        let folder = try StagedDirectory(path: directory)
        let names = try writeImages(into: folder)
        try folder.commit(alongside: {})
        return names
    }

    /// Writes every figure as `NAME.png` (at scale 2) and `NAME.svg` into `folder`, to be
    /// committed by the caller (with the PDF, say); returns the names written.
    package func writeImages(into folder: StagedDirectory) throws -> [String] {
        var written: [String] = []
        for image in pages.flatMap(\.images) {
            for (format, scale) in [(OutputFormat.png, 2.0), (.svg, 1.0)] {
                let file = "\(image.name).\(format.rawValue)"
                try folder.write(Data(try ChartRenderer(format: format, scale: scale).render(image.chart)), named: file)
                written.append(file)
            }
        }
        return written
    }
}
