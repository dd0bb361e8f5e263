import ArgumentParser
import Foundation
import KPIChart
import KPICore

extension ChartKind: ExpressibleByArgument {}
extension OutputFormat: ExpressibleByArgument {}

/// `kpi chart`: one Thai chart of one indicator, as PNG, SVG or PDF.
struct Chart: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Draw a chart of an indicator (PNG, SVG or PDF, by the output's extension or --format).",
        discussion: """
            Every chart states the date its data is as of and its source. Sizes are output pixels \
            at --scale 1 (--scale 2 doubles them, for slides); a PDF is A4 landscape unless \
            --width and --height say otherwise (in points).

            Kinds: grouped-bars compares the windows of one indicator across the areas. scorecard \
            is a table of areas × indicators for the newest window: each value on dark blue (target \
            met), light orange (missed) or light grey (no target), with ▲/▼ the change from the \
            previous window, and the total of the province or zone (or the nation) in bold below; \
            it grows taller than --height when its rows need it, and wider than --width when \
            very many indicators are asked for. breakdown stacks OTOP sales by product category \
            or sales channel, one bar per area and window, the total on top. trend draws one line per area across the windows, the target dashed, each line's last value \
            labelled at its right end (with many areas only the best and worst few, as the legend \
            says). ranking lists every area of the level as a bar, best first, for the newest \
            window: dark blue where the target is met, light orange where it is missed, with ▲/▼ \
            the change from the previous window; a long ranking makes a taller PNG or SVG than \
            --height, and more pages of one size in a PDF.
            """
    )

    @OptionGroup var input: InputOptions

    @Option(
        help: ArgumentHelp(
            "Indicator id from the catalog, e.g. womens-fund.overdue-ratio.",
            discussion: """
                For --chart scorecard: several ids separated by commas (one column each, in that \
                order), e.g. womens-fund.overdue-ratio,bmn.coverage, or all for every indicator in the \
                input files. For --chart breakdown: otop.sales or otop.sales.category stacks the five \
                product categories (food, beverage, textile, decorative, herbal); otop.sales.channel \
                stacks online and offline sales.
                """))
    var indicator: IndicatorSelection

    @Option(help: "Chart kind: \(ChartKind.allCases.map(\.rawValue).joined(separator: ", ")).")
    var chart: ChartKind = .groupedBars

    @Option(
        help: "Level of the areas drawn. Default: districts with --province, provinces with --zone, else provinces.")
    var level: AreaLevel?

    /// The words of `--zone` and `--province` here.
    enum ScopeWords: ScopeWording {
        static let zone = "Only this inspection zone."
        static let province = "Only this province."
        static let nation: String? = nil
    }

    @OptionGroup var place: ScopeOptions<ScopeWords>

    @OptionGroup var window: WindowOptions

    @OptionGroup var presentation: PresentationOptions

    @OptionGroup(title: "Style") var style: ChartStyleOptions

    @Option(help: "Width in pixels at scale 1 (points for PDF).")
    var width: Double?

    @Option(help: "Height in pixels at scale 1 (points for PDF).")
    var height: Double?

    @Option(help: "Pixel scale for PNG: 2 doubles the pixels for slides.")
    var scale: Double = 1

    @Option(help: "Output file: .png, .svg or .pdf; or - for standard output (PNG or PDF not to a terminal).")
    var output: OutputDestination

    @Option(help: "Format: png, svg or pdf. Default: the output's extension; png for standard output.")
    var format: OutputFormat?

    func validate() throws {
        _ = try output.format(format, allowed: OutputFormat.allCases)
        guard scale > 0, scale <= 8 else { throw ValidationError("--scale must be above 0 and at most 8") }
        if let width, !(100...20_000).contains(width) { throw ValidationError("--width must be 100 to 20000") }
        if let height, !(100...20_000).contains(height) { throw ValidationError("--height must be 100 to 20000") }
    }

    func run() throws {
        try input.refuseOverwriting(output.path)
        let format = try output.format(format, allowed: OutputFormat.allCases)
        let look = try style.resolved(for: format)
        let area = place.scope
        let areaLevel = level ?? (area.level == .province ? .district : .province)
        let defaultSize = format == .pdf ? Size(width: 842, height: 595) : Size(width: 1600, height: 900)
        var options = ChartOptions(
            language: presentation.language, digits: presentation.digits,
            size: Size(width: width ?? defaultSize.width, height: height ?? defaultSize.height))
        look.apply(to: &options)
        let chartRequest = ChartRequest(
            kind: chart, indicators: indicator, scope: ChartScope(level: areaLevel, in: area),
            windows: window.windows, options: options)
        var request = try input.request(window, filter: AreaFilter(levels: chartRequest.levels, scope: area))
        request.comparisons = chartRequest.comparisons
        let summary = try input.summarizer().run(request).0
        try area.requireData(in: summary)
        do {
            let bytes = try ChartRenderer(format: format, scale: format == .png ? scale : 1).render(
                chartRequest, of: summary)
            try output.write(Data(bytes))
        } catch {
            Diagnostics.print("kpi: \(error)")
            throw ExitCode.failure
        }
    }
}
