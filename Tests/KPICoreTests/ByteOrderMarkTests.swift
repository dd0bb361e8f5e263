import Foundation
import Testing

@testable import KPICore

/// The UTF-8 byte-order mark that CSV output carries on request, for Excel on a Thai Windows.
@Suite struct ByteOrderMarkTests {
    let mark: [UInt8] = [0xEF, 0xBB, 0xBF]

    @Test func summaryCSV() throws {
        let files = TestFiles()
        let path = files.write(
            "wf.csv",
            "as_of,province_code,district_code,loan_id,outstanding_baht,overdue_baht\n"
                + "2024-06-30,50,5001,A1,1000.00,200.00\n")
        let summary = try Summarizer().summarize(SummaryRequest(files: [path], windowCount: 1)).0
        let plain = SummaryCSVWriter().render(summary)
        let marked = SummaryCSVWriter(byteOrderMark: true).render(summary)
        #expect(!plain.utf8.starts(with: mark))
        #expect(Array(marked.utf8) == mark + Array(plain.utf8))
    }

    @Test func generatedDatasetStillReads() throws {
        let files = TestFiles()
        var request = try GenerationRequest(
            kind: .kkcj, rows: 30, scale: nil, seed: 7, from: nil, to: nil,
            provinces: [51], zones: [])
        let plainPath = files.folder.appending(path: "plain.csv").path
        try DatasetGenerator.generate(request, to: plainPath)
        request.byteOrderMark = true
        let markedPath = files.folder.appending(path: "marked.csv").path
        let rows = try DatasetGenerator.generate(request, to: markedPath)
        let plain = try Data(contentsOf: URL(fileURLWithPath: plainPath))
        let marked = try Data(contentsOf: URL(fileURLWithPath: markedPath))
        #expect(Array(marked) == mark + Array(plain))
        let report = try Summarizer().validate([markedPath])
        #expect(report.issues.count == 0)
        #expect(report.files.map(\.rows) == [rows])
    }
}
