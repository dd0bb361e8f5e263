import KPICore

/// Draws any `Chart` into PNG, SVG or PDF bytes, on a canvas of the size its size rule gives and
/// with its text set as the size rule measured it. A PDF can take more pages of one size, so a
/// chart that goes on over pages (a long ranking) draws them there (`Chart.draw(onPages:)`).
public struct ChartRenderer: Sendable {
    /// A chart that cannot be drawn from the summary.
    public struct ChartError: Error, CustomStringConvertible {
        /// What cannot be drawn, and why.
        public let description: String
    }

    /// The file format written.
    public var format: OutputFormat
    /// Pixels per canvas unit of a PNG (2 for slides); SVG and PDF ignore it.
    public var scale: Double
    /// The PDF's creation and modification date (ISO 8601), fixed so that equal input gives equal
    /// bytes.
    public var creationDate: String

    /// A renderer to `format`, at `scale` for PNG, dating a PDF `creationDate`.
    public init(format: OutputFormat, scale: Double = 1, creationDate: String = "2000-01-01T00:00:00Z") {
        self.format = format
        self.scale = scale
        self.creationDate = creationDate
    }

    /// The bytes of `chart`: one page of the size its size rule gives, or for PDF as many pages
    /// as it draws (`Chart.draw(onPages:)`).
    public func render(_ chart: some Chart) throws -> [UInt8] {
        let measurer = try TextMeasurer(fontFamily: chart.options.fontFamily)
        let paged = format == .pdf
        let size = chart.size(paged: paged, measuringWith: measurer)
        return try render(
            size: size, fontFamily: chart.options.fontFamily, background: chart.options.style.colors.background,
            measuredBy: measurer
        ) { canvas in
            if paged { chart.draw(onPages: canvas) } else { chart.draw(on: canvas) }
        }
    }

    /// The bytes of the chart `request` asks for of `summary`.
    public func render(_ request: ChartRequest, of summary: Summary) throws -> [UInt8] {
        try render(request.chart(of: summary))
    }

    /// The bytes of what `draw` draws on a canvas of `size` painted `background`, its text set in
    /// `fontFamily` first and, when a layout pass measured it, with `measurer`'s layouts.
    func render(
        size: Size, fontFamily: String?, background: Color, measuredBy measurer: TextMeasurer?,
        _ draw: (CairoCanvas) -> Void
    ) throws -> [UInt8] {
        if format == .png, (max(size.width, size.height) * scale).rounded() > Self.largestPNGSide {
            throw ChartError(
                description:
                    "the chart needs a PNG of \(Int((size.width * scale).rounded()))×\(Int((size.height * scale).rounded())) "
                    + "pixels, more than the \(Int(Self.largestPNGSide)) a side cairo can make: use a smaller --scale, "
                    + "or write SVG or PDF")
        }
        let canvas = try CairoCanvas(
            format: format, size: size, scale: scale, fontFamily: fontFamily, background: background,
            creationDate: creationDate, measuredBy: measurer)
        draw(canvas)
        return try canvas.finish()
    }

    /// cairo's image surfaces are at most this many pixels wide and tall.
    static let largestPNGSide = 32_767.0

    /// "no data for indicator … in the input (it has: …)".
    static func noData(for indicatorID: String, in summary: Summary) -> ChartError {
        let known = summary.indicators.map(\.id).joined(separator: ", ")
        return ChartError(description: "no data for indicator \(indicatorID) in the input (it has: \(known))")
    }
}
