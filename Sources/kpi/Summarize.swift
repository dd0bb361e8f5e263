import ArgumentParser
import Foundation
import KPICore

/// `kpi summarize`: every indicator of the inputs per area and 3-month window.
struct Summarize: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Compute indicators per area and 3-month window, with changes, targets and ranks.",
        discussion: """
            Reads the files (any mix of womens-fund, otop-sales, bmn, kkcj and indicator-values \
            data), checks every record, and writes one row per level, area, indicator and window. \
            Invalid records stop the command (nothing is written) unless --skip-invalid is given. \
            --indicator keeps only the indicators named (kpi indicators lists them all).
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, csv, json, xlsx }

    @OptionGroup var input: InputOptions

    @OptionGroup var window: WindowOptions

    @Option(help: "Level of areas: district, province, zone, nation or all.")
    var level: LevelSelection = .all

    /// The words of `--zone` and `--province` here.
    enum ScopeWords: ScopeWording {
        static let zone = "Only this inspection zone: its districts and provinces, itself and the nation."
        static let province = "Only this province: its districts, itself, its zone and the nation."
        static let nation: String? = nil
    }

    @OptionGroup var place: ScopeOptions<ScopeWords>

    @Option(
        name: .customLong("indicator"),
        help:
            "Only this indicator (an id of the catalog, e.g. womens-fund.overdue-ratio); repeat it, or separate ids by commas, for more."
    )
    var indicators: [String] = []

    @Option(
        help:
            "Output format: table (for people), csv or json (the data contract's columns), or xlsx (an Excel workbook: the contract's table, and a sheet per indicator for people)."
    )
    var format: Format = .table

    @Option(
        help:
            "Write to this file (atomically) instead of standard output (- is standard output too); needed for xlsx when standard output is a terminal."
    )
    var output: OutputDestination?

    @Flag(help: OutputDestination.byteOrderMarkHelp)
    var bom = false

    @OptionGroup var presentation: PresentationOptions

    @Flag(help: "Leave invalid records out (counted per reason on stderr) instead of stopping.")
    var skipInvalid = false

    func validate() throws {
        if bom, format != .csv { throw ValidationError("--bom is for --format csv") }
        if format == .xlsx, output?.path == nil, isatty(STDOUT_FILENO) != 0 {
            throw ValidationError(
                "--format xlsx writes a workbook: give --output PATH.xlsx (or redirect standard output)")
        }
    }

    func run() throws {
        try input.refuseOverwriting(output?.path)
        var request = try input.request(
            window, filter: AreaFilter(levels: level.levels, scope: place.scope),
            skipInvalid: skipInvalid)
        let summarizer = try input.summarizer()
        if !indicators.isEmpty {
            let wanted = Set(indicators.flatMap { $0.split(separator: ",").map(String.init) })
            do { try summarizer.catalog.check(ids: wanted) } catch {
                throw ValidationError("--indicator: \(error) (kpi indicators lists them all)")
            }
            request.indicators = wanted
        }
        let (summary, report) = try summarizer.run(request)

        let writer: any SummaryOutput
        switch format {
        case .table: writer = SummaryTableWriter(language: presentation.language, digits: presentation.digits)
        case .csv: writer = SummaryCSVWriter(byteOrderMark: bom)
        case .json: writer = SummaryJSONWriter()
        case .xlsx:
            writer = SummaryXLSXWriter(
                files: report.files, language: presentation.language, digits: presentation.digits)
        }
        do {
            try (output ?? .standardOutput).write(try writer.data(for: summary))
        } catch {
            Diagnostics.print("kpi: \(error)")
            throw ExitCode.failure
        }
    }
}

extension [String] {
    /// The sum of the sizes of these files (0 for one that cannot be read: reading reports it).
    var totalSize: Int {
        reduce(0) { $0 + (((try? FileManager.default.attributesOfItem(atPath: $1))?[.size] as? Int) ?? 0) }
    }
}
