import Foundation
import Testing

/// Examples/GettingStarted, the program of the docs' getting-started article, run as a reader
/// would run it: it writes a real PNG, SVG and PDF, and prints the figure `kpi summarize` gives.
@Suite struct GettingStartedTests {
    let womensFund = KPICommand.sample("womens-fund.csv")

    @Test func writesAChartAndABriefing() throws {
        let example = try KPICommand(program: "GettingStarted")
        let result = try example.run(womensFund)
        try #require(result.status == 0, "GettingStarted failed: \(result.standardError)")
        #expect(try example.files() == ["chiang-mai-brief.pdf", "chiang-mai-overdue.png", "chiang-mai-overdue.svg"])

        let png = try [UInt8](Data(contentsOf: example.folder.appending(path: "chiang-mai-overdue.png")))
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        #expect(png.count > 20_000)
        // IHDR: the width, big-endian, at bytes 16–19: the default 1600 pixels.
        #expect(png.count > 24 && png[16..<20].reduce(0) { $0 << 8 | Int($1) } == 1600)

        let svg = try String(contentsOf: example.folder.appending(path: "chiang-mai-overdue.svg"), encoding: .utf8)
        #expect(svg.hasPrefix("<?xml"))
        #expect(svg.contains("<svg") && svg.hasSuffix("</svg>\n"))
        #expect(svg.utf8.count > 20_000)

        let pdf = try [UInt8](Data(contentsOf: example.folder.appending(path: "chiang-mai-brief.pdf")))
        #expect(pdf.starts(with: Array("%PDF-".utf8)))
        #expect(String(decoding: pdf.suffix(8), as: UTF8.self).contains("%%EOF"))
        #expect(pdf.count > 20_000)
    }

    /// The overdue amount and the outstanding total it prints are the numerator and denominator
    /// of Chiang Mai's newest window in `kpi summarize`'s CSV.
    @Test func printsTheFigureThatKpiSummarizeGives() throws {
        let example = try KPICommand(program: "GettingStarted")
        let printed = try example.run(womensFund)
        try #require(printed.status == 0, "GettingStarted failed: \(printed.standardError)")

        let kpi = try KPICommand()
        let csv = try kpi.run(
            "summarize", womensFund, "--province", "50", "--level", "province",
            "--indicator", "womens-fund.overdue-ratio", "--format", "csv")
        try #require(csv.status == 0, "kpi summarize failed: \(csv.standardError)")
        let table = CSVTable(csv.text)
        let newest = try #require(table.rows.last)
        let field = { (column: String) throws in try table.field(column, of: newest) }
        let expected =
            "\(try field("area_name_en")) \(try field("window_start"))..\(try field("window_end")): "
            + "overdue \(try field("numerator")) of \(try field("denominator")) baht\n"
        #expect(printed.text == expected)
    }

    /// The docs' getting-started article shows the program word for word (from its imports on).
    @Test func articleShowsTheProgram() throws {
        let article = try ExampleArticle("Sources/KPICore/KPICore.docc/GettingStarted.md")
        #expect(article.swiftBlocks.contains(try ExampleArticle.code("Examples/GettingStarted/main.swift")))
    }
}
