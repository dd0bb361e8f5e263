// Release-build measurements of ChumchonKPI. Run from Benchmarks/ (see README.md):
//
//   swift build -c release --product kpi && swift build -c release --product kpi-benchmarks
//   .build/release/kpi-benchmarks [all | dates | ingest | scaling | brief | charts | chart] [options]
//
// `all` (the default) runs dates, charts, ingest, scaling and brief, prints Markdown tables and writes
// every figure to DATA/results-swift.json. `chart` renders one chart repeatedly and prints one
// JSON line: the peers' driver (peers/compare.py) uses it against matplotlib.

import Foundation
import KPIChart
import KPICore

struct Options {
    var command = "all"
    var kpi: String
    var data = "data"
    var cpus: String? = "0,1"
    var runs = 5
    var rows = [1_000_000, 10_000_000]
    var scaling = [1_000_000, 10_000_000, 30_000_000]
    var briefRows = 1_000_000
    var kinds = DatasetKind.allCases
    var input: String?
    var province = 50
    var width = 2400.0
    var height = 1050.0
    var repeatCount = 20

    static let usage = """
        usage: kpi-benchmarks [all|dates|ingest|scaling|brief|charts|chart] [--kpi PATH] [--data DIR] [--cpus LIST|none]
                              [--runs N] [--rows N,N] [--scaling N,N,N] [--brief-rows N] [--kinds KIND,KIND]
                              [--input FILE] [--province CODE] [--width PX] [--height PX] [--repeat N]
          --kpi       the kpi executable timed (default: kpi beside this program)
          --data      where generated inputs and results-swift.json go (default: data)
          --cpus      taskset CPU list for kpi processes (default: 0,1; none = no pinning)
          --runs      timed kpi processes per case, after one warm-up (default: 5)
          --rows      rows per kind for ingest (default: 1000000,10000000)
          --scaling   Women's Fund rows for scaling (default: 1000000,10000000,30000000)
          --brief-rows rows per kind of the national files for brief (default: 1000000)
          --input     a womens-fund CSV for charts (default: DATA/womens-fund-chiang-mai.csv, generated)
          --repeat    charts per case after one warm-up (default: 20)
        """

    init(_ arguments: [String]) throws {
        let executable = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        kpi = executable.deletingLastPathComponent().appendingPathComponent("kpi").path
        var rest = arguments[...]
        if let first = rest.first, !first.hasPrefix("-") {
            command = first
            rest = rest.dropFirst()
        }
        while let flag = rest.popFirst() {
            if flag == "--help" || flag == "-h" {
                print(Self.usage)
                exit(0)
            }
            guard let value = rest.popFirst() else {
                throw ChildFailure(description: "\(flag) needs a value\n\(Self.usage)")
            }
            func numbers() throws -> [Int] {
                let parsed = value.split(separator: ",").compactMap { Int($0.replacingOccurrences(of: "_", with: "")) }
                guard !parsed.isEmpty else {
                    throw ChildFailure(description: "\(flag): expected numbers, got \(value)")
                }
                return parsed
            }
            switch flag {
            case "--kpi": kpi = value
            case "--data": data = value
            case "--cpus": cpus = value == "none" ? nil : value
            case "--runs": runs = try numbers()[0]
            case "--rows": rows = try numbers()
            case "--scaling": scaling = try numbers()
            case "--brief-rows": briefRows = try numbers()[0]
            case "--kinds":
                kinds = try value.split(separator: ",").map {
                    guard let kind = DatasetKind(rawValue: String($0)) else {
                        throw ChildFailure(description: "no dataset kind \($0)")
                    }
                    return kind
                }
            case "--input": input = value
            case "--province": province = try numbers()[0]
            case "--width": width = Double(try numbers()[0])
            case "--height": height = Double(try numbers()[0])
            case "--repeat": repeatCount = try numbers()[0]
            default: throw ChildFailure(description: "unknown option \(flag)\n\(Self.usage)")
            }
        }
        guard ["all", "dates", "ingest", "scaling", "brief", "charts", "chart"].contains(command) else {
            throw ChildFailure(description: "unknown command \(command)\n\(Self.usage)")
        }
    }
}

/// Everything one run measured, written as JSON for RESULTS.md and the peers' driver.
struct Results: Codable {
    var dates: [DateParserBenchmark.Result]?
    var charts: [ChartBenchmark.Result]?
    var ingest: [IngestBenchmark.Result]?
    var scaling: [IngestBenchmark.Result]?
    var brief: [BriefBenchmark.Result]?
}

func section(_ title: String, _ table: String) {
    print("\n### \(title)\n\n\(table)")
    fflush(nil)
}

func main() throws {
    let options = try Options(Array(CommandLine.arguments.dropFirst()))
    let data = BenchmarkData(directory: options.data, kpi: options.kpi)
    let chartInput = { try options.input ?? data.chiangMai().path }

    if options.command == "chart" {
        let benchmark = ChartBenchmark(
            inputs: [try chartInput()], province: options.province, repetitions: options.repeatCount)
        let result = benchmark.measure(
            .groupedBars, .png, size: Size(width: options.width, height: options.height),
            summary: try benchmark.summary())
        print(String(decoding: try JSONEncoder().encode(result), as: UTF8.self))
        return
    }

    // Figures of the parts not run this time are kept from the last run.
    let path = options.data + "/results-swift.json"
    var results =
        (try? JSONDecoder().decode(Results.self, from: Data(contentsOf: URL(fileURLWithPath: path)))) ?? Results()
    let ingest = IngestBenchmark(data: data, cpus: options.cpus, runs: options.runs)
    if ["all", "dates"].contains(options.command) {
        results.dates = DateParserBenchmark.run()
        section("Date parser (in process)", DateParserBenchmark.table(results.dates!))
    }
    if ["all", "charts"].contains(options.command) {
        let benchmark = ChartBenchmark(
            inputs: [try chartInput(), try data.chiangMaiOTOP().path], province: options.province,
            repetitions: options.repeatCount)
        results.charts = try benchmark.all()
        section(
            "Chart rendering in process (districts of province \(options.province), median of \(options.repeatCount))",
            ChartBenchmark.table(results.charts!))
    }
    if ["all", "ingest"].contains(options.command) {
        var measured: [IngestBenchmark.Result] = []
        for kind in options.kinds {
            for rows in options.rows {
                if let largest = BenchmarkData.largestRows(kind), rows > largest {
                    FileHandle.standardError.write(
                        "\(kind.rawValue): \(millions(rows)) rows left out (at most \(millions(largest)))\n".data(
                            using: .utf8)!)
                    continue
                }
                measured.append(try ingest.measure(kind, rows: rows))
            }
        }
        results.ingest = measured
        section(
            "kpi summarize, whole process (median of \(options.runs), pinned to CPUs \(options.cpus ?? "any"))",
            IngestBenchmark.table(measured))
    }
    if ["all", "scaling"].contains(options.command) {
        results.scaling = try options.scaling.map { try ingest.measure(.womensFund, rows: $0) }
        section("Scaling: kpi summarize on womens-fund", IngestBenchmark.scalingTable(results.scaling!))
    }
    if ["all", "brief"].contains(options.command) {
        let brief = BriefBenchmark(data: data, cpus: options.cpus, runs: options.runs)
        results.brief = [try brief.sample(), try brief.national(rows: options.briefRows)]
        section(
            "kpi brief --zone \(BriefBenchmark.zone) --as-of \(BriefBenchmark.asOf), whole process (median of \(options.runs), pinned to CPUs \(options.cpus ?? "any"))",
            BriefBenchmark.table(results.brief!))
    }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
    try FileManager.default.createDirectory(atPath: options.data, withIntermediateDirectories: true)
    try encoder.encode(results).write(to: URL(fileURLWithPath: path))
    print("\nfigures written to \(path)")
}

do {
    try main()
} catch {
    FileHandle.standardError.write("kpi-benchmarks: \(error)\n".data(using: .utf8)!)
    exit(1)
}
