import ArgumentParser
import Foundation
import KPICore

extension GenerationRequest.Scale: ExpressibleByArgument {}

/// `kpi generate`: synthetic datasets in the contract's formats, for demos, tests and benchmarks.
struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a synthetic dataset (not real Department data) in the format kpi reads.",
        discussion: """
            Rows follow the data contract and the real geography: Women's Fund loans at every \
            month end, OTOP sales by product, channel and month, จปฐ. households by survey \
            year, กข.คจ. village funds by quarter or month, and indicator-values for the other \
            key missions. The same options and seed always give the same bytes.

            Size: --rows N makes about N rows, never more: the number of loans, products, \
            households or funds per district is chosen so that whole snapshots come within a \
            few rows of N (indicator-values has one row per indicator, area and period, so \
            --rows only cuts it short). --scale uses the Department's real sizes over the \
            default areas: province = เชียงใหม่ (or each --province), zone = zone 15 (or each \
            --zone), national = all 77 provinces. National sizes over the default 24 months: \
            womens-fund about 1 million loans at each month end, 25 M rows, 1.2 GB; otop-sales \
            about 90,000 products, 3.4 M rows; bmn about 12 M households per survey year, 36 M \
            rows (1.9 GB) for the three survey years the months touch; kkcj about 28,000 \
            village funds, 0.35 M rows; indicator-values 0.12 M rows.

            The file is written beside --output under a temporary name and renamed when \
            complete. Example: kpi generate --kind womens-fund --scale zone --zone 15 --output wf.csv
            """
    )

    @Option(help: "The dataset to write.")
    var kind: DatasetKind

    @Option(help: "About this many data rows, over the areas given (the whole country by default).")
    var rows: Int?

    @Option(help: "The Department's real sizes over one province, one zone, or the whole country.")
    var scale: GenerationRequest.Scale?

    @Option(help: "Seed of the pseudo-random numbers: the same seed gives the same file.")
    var seed: UInt64 = 1

    @Option(help: "First month, YYYY-MM (default 2024-10, the start of fiscal year 2568).")
    var from: String?

    @Option(help: "Last month, YYYY-MM (default 2026-09, the end of fiscal year 2569).")
    var to: String?

    @Option(
        help: AreaArguments.provinceHelp("A province to cover; repeat for more."), transform: AreaArguments.province)
    var province: [Int] = []

    @Option(
        help: AreaArguments.zoneHelp("An inspection zone to cover; repeat for more."), transform: AreaArguments.zone)
    var zone: [Int] = []

    @Option(help: "The CSV file to write.")
    var output: String

    @Flag(help: OutputDestination.byteOrderMarkHelp)
    var bom = false

    func validate() throws {
        _ = try request()
        let directory = (output as NSString).deletingLastPathComponent
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory.isEmpty ? "." : directory, isDirectory: &isDirectory),
            isDirectory.boolValue
        else { throw ValidationError("--output: no directory \(directory)") }
    }

    func run() throws {
        let request = try request()
        let meter = ProgressMeter(
            total: DatasetGenerator.plannedRows(for: request),
            label: String(output.split(separator: "/").last ?? Substring(output)), unit: "rows")
        let rows: Int
        do {
            defer { meter.finish() }  // the line is cleared before the result is printed
            rows = try DatasetGenerator.generate(request, to: output, progress: meter.callback)
        }
        print("wrote \(rows) rows to \(output)")
    }

    /// The request the options describe.
    private func request() throws -> GenerationRequest {
        do {
            var request = try GenerationRequest(
                kind: kind, rows: rows, scale: scale, seed: seed, from: from, to: to,
                provinces: province, zones: zone)
            request.byteOrderMark = bom
            return request
        } catch {
            throw ValidationError(error.description)
        }
    }
}
