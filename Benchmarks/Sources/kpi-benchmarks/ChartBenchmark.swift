import Foundation
import KPIChart
import KPICore

/// Chart rendering in process, through `ChartRenderer` (a Cairo canvas, Pango text, the PNG,
/// SVG or PDF bytes): every chart kind × format × size, on the districts of one province, from
/// a summary of `inputs` computed once beforehand.
struct ChartBenchmark {
    let inputs: [String]
    let province: Int
    let repetitions: Int

    /// The indicator a kind is drawn for: OTOP sales for the breakdown (it stacks their product
    /// categories), the Women's Fund overdue ratio for the others.
    static func indicator(for kind: ChartKind) -> String {
        kind == .breakdown ? "otop.sales" : "womens-fund.overdue-ratio"
    }

    struct Result: Codable {
        let kind: String
        let format: String
        let width: Double
        let height: Double
        let medianMilliseconds: Double?
        let minMilliseconds: Double?
        let bytes: Int?
        let error: String?
    }

    func summary() throws -> Summary {
        let request = SummaryRequest(files: inputs, filter: AreaFilter(levels: [.district], scope: .province(province)))
        return try Summarizer().summarize(request).0
    }

    /// One kind, format and size, `repetitions` times after a warm-up (fonts loaded, caches filled).
    func measure(_ kind: ChartKind, _ format: OutputFormat, size: Size, summary: Summary) -> Result {
        let renderer = ChartRenderer(format: format)
        let request = ChartRequest(
            kind: kind, indicators: .id(Self.indicator(for: kind)),
            scope: ChartScope(level: .district, in: .province(province)), options: ChartOptions(size: size))
        var bytes = 0
        do {
            let timings = try timeRepeated(repetitions) {
                bytes = try renderer.render(request, of: summary).count
            }
            return Result(
                kind: kind.rawValue, format: format.rawValue, width: size.width, height: size.height,
                medianMilliseconds: timings.median, minMilliseconds: timings.min(), bytes: bytes, error: nil)
        } catch {
            return Result(
                kind: kind.rawValue, format: format.rawValue, width: size.width, height: size.height,
                medianMilliseconds: nil, minMilliseconds: nil, bytes: nil, error: "\(error)")
        }
    }

    /// Every kind that exists (`ChartKind.allCases`), every format, at 1600×900 (the default) and
    /// 2400×1050.
    func all() throws -> [Result] {
        let summary = try summary()
        var results: [Result] = []
        for kind in ChartKind.allCases {
            for format in OutputFormat.allCases {
                for size in [Size(width: 1600, height: 900), Size(width: 2400, height: 1050)] {
                    results.append(measure(kind, format, size: size, summary: summary))
                }
            }
        }
        return results
    }

    static func table(_ results: [Result]) -> String {
        var lines = ["| chart kind | format | size | median ms | min ms | bytes |", "|---|---|---|---:|---:|---:|"]
        for result in results {
            let size = "\(Int(result.width))×\(Int(result.height))"
            if let median = result.medianMilliseconds, let least = result.minMilliseconds, let bytes = result.bytes {
                lines.append(
                    "| \(result.kind) | \(result.format) | \(size) | \(fixed(median, 2)) | \(fixed(least, 2)) | \(bytes) |"
                )
            } else {
                lines.append("| \(result.kind) | \(result.format) | \(size) | n/a: \(result.error ?? "") | | |")
            }
        }
        return lines.joined(separator: "\n")
    }
}
