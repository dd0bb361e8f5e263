import Foundation
import Testing

@testable import KPICore

/// The order of a file's rows changes nothing: the generator's file (rows grouped by district and
/// period) and the same rows in a random order give byte-identical summaries, for every kind.
@Suite struct RowOrderTests {
    /// Every data line of `data` after its header, shuffled with a fixed seed.
    private func shuffled(_ data: Data, seed: UInt64) -> String {
        var lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: true)
        let header = lines.removeFirst()
        var random = SplitMix64(key: seed, 0)
        for index in stride(from: lines.count - 1, to: 0, by: -1) {
            lines.swapAt(index, Int(random.next() % UInt64(index + 1)))
        }
        return ([header] + lines).joined(separator: "\n") + "\n"
    }

    @Test(arguments: DatasetKind.allCases)
    func shuffledRowsGiveTheSameSummary(kind: DatasetKind) throws {
        let files = TestFiles()
        let generated = files.folder.appending(path: "generated.csv").path
        let request =
            kind == .indicatorValues
            ? try GenerationRequest(
                kind: kind, rows: nil, scale: .province, seed: 11, from: nil, to: nil, provinces: [58], zones: [])
            : try GenerationRequest(
                kind: kind, rows: 20_000, scale: nil, seed: 11, from: nil, to: nil, provinces: [], zones: [15])
        _ = try DatasetGenerator.generate(request, to: generated)
        let data = try Data(contentsOf: URL(fileURLWithPath: generated))
        let shuffledPath = files.write("shuffled.csv", shuffled(data, seed: 5))
        #expect(try Data(contentsOf: URL(fileURLWithPath: shuffledPath)) != data, "the rows moved")

        func summary(_ path: String) throws -> String {
            let summary = try Summarizer().summarize(SummaryRequest(files: [path], windowCount: 4)).0
            return SummaryCSVWriter().render(summary)
        }
        let sorted = try summary(generated)
        #expect(sorted.split(separator: "\n").count > 20, "the summary has rows to compare")
        #expect(try summary(shuffledPath) == sorted)
    }
}
