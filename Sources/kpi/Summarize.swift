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
            Invalid records stop the command (nothing is written) unless --skip-invalid is given.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, csv, json, xlsx }
    enum Level: String, ExpressibleByArgument, CaseIterable { case district, province, zone, nation, all }

    @OptionGroup var input: InputOptions

    @OptionGroup var window: WindowOptions

    @Option(help: "Level of areas: district, province, zone, nation or all.")
    var level: Level = .all

    @Option(help: "Only this province (2-digit code): its districts, itself, its zone and the nation.")
    var province: Int?

    @Option(help: "Only this inspection zone (1–18): its districts and provinces, itself and the nation.")
    var zone: Int?

    @Option(help: "Output format: table (for people), csv or json (the data contract's columns), or xlsx (an Excel workbook: the contract's table, and a sheet per indicator for people).")
    var format: Format = .table

    @Option(help: "Write to this file (atomically) instead of standard output; needed for xlsx when standard output is a terminal.")
    var output: String?

    @OptionGroup var presentation: PresentationOptions

    @Flag(help: "Leave invalid records out (counted per reason on stderr) instead of stopping.")
    var skipInvalid = false

    func validate() throws {
        if province != nil, zone != nil { throw ValidationError("give --province or --zone, not both") }
        if let province, Geography.bundled.province(code: province) == nil {
            throw ValidationError("no province with code \(province): see `kpi areas`")
        }
        if let zone, Geography.bundled.zone(number: zone) == nil {
            throw ValidationError("no inspection zone \(zone): zones are numbered 1 to 18")
        }
        if format == .xlsx, output == nil, isatty(STDOUT_FILENO) != 0 {
            throw ValidationError("--format xlsx writes a workbook: give --output PATH.xlsx (or redirect standard output)")
        }
    }

    func run() throws {
        try input.refuseOverwriting(output)
        let levels = level == .all ? Set(AreaLevel.allCases) : [AreaLevel(rawValue: level.rawValue)!]
        let request = try input.request(window, filter: AreaFilter(levels: levels, province: province, zone: zone),
                                        skipInvalid: skipInvalid)
        let (summary, report) = try input.summarizer().run(request)

        let writer: any SummaryOutput
        switch format {
        case .table: writer = SummaryTableWriter(language: presentation.language, digits: presentation.digits)
        case .csv: writer = SummaryCSVWriter()
        case .json: writer = SummaryJSONWriter()
        case .xlsx: writer = SummaryXLSXWriter(files: report.files, language: presentation.language, digits: presentation.digits)
        }
        do {
            let data = try writer.data(for: summary)
            if let output {
                try AtomicFile.write(data, to: output)
            } else {
                FileHandle.standardOutput.write(data)
            }
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
