import Foundation
import KPICore

/// Summaries of the bundled sample data (Datasets/sample), for chart tests.
enum SampleSummaries {
    static let datasets = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appending(path: "Datasets/sample")

    /// The summary of one sample file at `level`, limited to a province or zone.
    static func summary(_ file: String, level: AreaLevel, in area: AreaScope = .nation) throws -> Summary {
        try Summarizer().summarize(
            SummaryRequest(
                files: [datasets.appending(path: file).path],
                filter: AreaFilter(levels: [level], scope: area))
        ).0
    }
}
