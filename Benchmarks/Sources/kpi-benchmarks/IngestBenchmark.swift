import Foundation
import KPICore

/// Whole `kpi summarize` processes on generated files: every dataset kind at 1 M and 10 M rows,
/// and the Women's Fund at 1, 10 and 30 M rows to show how time and memory scale.
struct IngestBenchmark {
    let data: BenchmarkData
    let cpus: String?
    let runs: Int

    struct Result: Codable {
        let kind: String
        let rows: Int
        let bytes: Int
        let runs: Int
        let medianSeconds: Double
        let minSeconds: Double
        let cpuSeconds: Double
        let peakMiB: Double

        var rowsPerSecond: Double { Double(rows) / medianSeconds }
        var megabytesPerSecond: Double { Double(bytes) / 1e6 / medianSeconds }
    }

    /// `kpi summarize FILE --kind KIND --format csv` (every level, the default 3 windows), output
    /// thrown away: one warm-up run (the file then sits in the page cache), then `runs` timed runs.
    func measure(_ kind: DatasetKind, rows: Int) throws -> Result {
        let file = try data.file(kind, rows: rows)
        let command = [data.kpi, "summarize", file.path, "--kind", kind.rawValue, "--format", "csv"]
        let measured = try ChildProcess.measure(command, cpus: cpus, runs: runs)
        return Result(
            kind: kind.rawValue, rows: file.rows, bytes: file.bytes, runs: runs, medianSeconds: measured.medianSeconds,
            minSeconds: measured.minSeconds, cpuSeconds: measured.cpuSeconds, peakMiB: measured.peakMiB)
    }

    static func table(_ results: [Result]) -> String {
        var lines = [
            "| kind | rows | MB | median s | min s | CPU s | M rows/s | MB/s | peak MiB |",
            "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
        ]
        for result in results {
            lines.append(
                "| \(result.kind) | \(millions(result.rows)) | \(fixed(Double(result.bytes) / 1e6, 0)) | "
                    + "\(fixed(result.medianSeconds, 3)) | \(fixed(result.minSeconds, 3)) | \(fixed(result.cpuSeconds, 3)) | "
                    + "\(fixed(result.rowsPerSecond / 1e6, 1)) | \(fixed(result.megabytesPerSecond, 0)) | \(fixed(result.peakMiB, 1)) |"
            )
        }
        return lines.joined(separator: "\n")
    }

    /// Time per row and peak memory against the smallest run, and the time each further row
    /// costs (the slope between two sizes, which leaves out the fixed start-up and output cost):
    /// linear time shows as a flat slope, flat memory as a flat peak column.
    static func scalingTable(_ results: [Result]) -> String {
        guard let base = results.first else { return "" }
        let basePerRow = base.medianSeconds / Double(base.rows)
        var lines = [
            "| rows | median s | ns per row | per row vs \(millions(base.rows)) | ns per added row | peak MiB | peak vs \(millions(base.rows)) |",
            "|---:|---:|---:|---:|---:|---:|---:|",
        ]
        var previous: Result?
        for result in results {
            let perRow = result.medianSeconds / Double(result.rows)
            let slope =
                previous.map {
                    fixed((result.medianSeconds - $0.medianSeconds) / Double(result.rows - $0.rows) * 1e9, 1)
                } ?? "–"
            lines.append(
                "| \(millions(result.rows)) | \(fixed(result.medianSeconds, 3)) | \(fixed(perRow * 1e9, 1)) | "
                    + "\(fixed(perRow / basePerRow, 2))× | \(slope) | \(fixed(result.peakMiB, 1)) | \(fixed(result.peakMiB / base.peakMiB, 2))× |"
            )
            previous = result
        }
        return lines.joined(separator: "\n")
    }
}
