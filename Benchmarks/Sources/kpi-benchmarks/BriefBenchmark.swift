import Foundation
import KPICore

/// Whole `kpi brief` processes for inspection zone 15 as of September 2026 (the briefing of
/// the root Makefile's `demo`, without `--images`): on the bundled sample data, and on national
/// generated files, one per dataset kind.
struct BriefBenchmark {
    let data: BenchmarkData
    let cpus: String?
    let runs: Int

    static let zone = 15
    static let asOf = "2026-09"

    struct Result: Codable {
        let name: String
        let files: [String]
        let rows: Int
        let bytes: Int
        /// Pages of the PDF written, when `pdfinfo` is on PATH.
        let pages: Int?
        let runs: Int
        let medianSeconds: Double
        let minSeconds: Double
        let cpuSeconds: Double
        let peakMiB: Double
    }

    /// `Datasets/sample/*.csv` of this repository, found from this source file's place.
    static var sampleDirectory: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../../Datasets/sample")
            .standardizedFileURL.path
    }

    /// Every bundled sample file (three zones, 24 months, 0.11 M rows in all).
    func sample() throws -> Result {
        let directory = Self.sampleDirectory
        let names = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".csv") }
            .sorted()
        return try measure("sample", files: try names.map { try BenchmarkData.File(counting: directory + "/" + $0) })
    }

    /// One national file of about `rows` rows per dataset kind, whose months reach the briefing's
    /// month (`BenchmarkData.fileUpToLatestMonth`).
    func national(rows: Int) throws -> Result {
        let files = try DatasetKind.allCases.map { try data.fileUpToLatestMonth($0, rows: rows) }
        return try measure("national, \(millions(rows)) per kind", files: files, pdf: "national-\(sizeName(rows))")
    }

    /// `kpi brief FILES --zone 15 --as-of 2026-09 --output DATA/brief-zone15-NAME.pdf`: one warm-up
    /// run, then `runs` timed runs. The page count is a check as much as a figure: a briefing
    /// whose data miss the month has fewer pages (no comparison for the indicators without it).
    private func measure(_ name: String, files: [BenchmarkData.File], pdf: String? = nil) throws -> Result {
        try FileManager.default.createDirectory(atPath: data.directory, withIntermediateDirectories: true)
        let output = data.directory + "/brief-zone\(Self.zone)-\(pdf ?? name).pdf"
        let command =
            [data.kpi, "brief"] + files.map(\.path)
            + ["--zone", String(Self.zone), "--as-of", Self.asOf, "--output", output]
        let measured = try ChildProcess.measure(command, cpus: cpus, runs: runs)
        return Result(
            name: name, files: files.map { URL(fileURLWithPath: $0.path).lastPathComponent },
            rows: files.map(\.rows).reduce(0, +), bytes: files.map(\.bytes).reduce(0, +), pages: Self.pages(output),
            runs: runs, medianSeconds: measured.medianSeconds, minSeconds: measured.minSeconds,
            cpuSeconds: measured.cpuSeconds, peakMiB: measured.peakMiB)
    }

    /// The "Pages:" line of `pdfinfo PDF`; nil when there is no `pdfinfo` on PATH.
    static func pages(_ pdf: String) -> Int? {
        let directories = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":")
        guard directories.contains(where: { FileManager.default.isExecutableFile(atPath: "\($0)/pdfinfo") }) else {
            return nil
        }
        let report = FileManager.default.temporaryDirectory.appendingPathComponent("kpi-benchmarks-pdfinfo-\(getpid())")
            .path
        defer { try? FileManager.default.removeItem(atPath: report) }
        guard (try? ChildProcess.run(["pdfinfo", pdf], stdout: report)) != nil,
            let text = try? String(contentsOfFile: report, encoding: .utf8),
            let line = text.split(separator: "\n").first(where: { $0.hasPrefix("Pages:") })
        else { return nil }
        return Int(line.dropFirst("Pages:".count).trimmingCharacters(in: .whitespaces))
    }

    static func table(_ results: [Result]) -> String {
        var lines = [
            "| input | files | rows | MB | pages | median s | min s | CPU s | peak MiB |",
            "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
        ]
        for result in results {
            lines.append(
                "| \(result.name) | \(result.files.count) | \(fixed(Double(result.rows) / 1e6, 2)) M | \(fixed(Double(result.bytes) / 1e6, 1)) | "
                    + "\(result.pages.map(String.init) ?? "–") | \(fixed(result.medianSeconds, 3)) | \(fixed(result.minSeconds, 3)) | "
                    + "\(fixed(result.cpuSeconds, 3)) | \(fixed(result.peakMiB, 1)) |")
        }
        return lines.joined(separator: "\n")
    }
}
