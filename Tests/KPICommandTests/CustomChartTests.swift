import Foundation
import Testing

/// Examples/CustomChart, the chart of the docs' article "Writing your own chart on a Canvas",
/// run as a reader would run it.
@Suite struct CustomChartTests {
    /// It draws a PNG of the size it asks for, with more than a blank canvas in it.
    @Test func drawsThePNG() throws {
        let example = try KPICommand(program: "CustomChart")
        let result = try example.run(KPICommand.sample("womens-fund.csv"))
        try #require(result.status == 0, "CustomChart failed: \(result.standardError)")
        #expect(try example.files() == ["target-gap.png"])
        let png = try [UInt8](Data(contentsOf: example.folder.appending(path: "target-gap.png")))
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        // IHDR: width and height, big-endian, at bytes 16–23.
        let number = { (range: Range<Int>) in png[range].reduce(0) { $0 << 8 | Int($1) } }
        try #require(png.count > 24)
        #expect(number(16..<20) == 1200 && number(20..<24) == 900)
        #expect(png.count > 10_000)
    }

    /// The article shows both files of the example word for word.
    @Test func articleShowsTheExample() throws {
        let article = try ExampleArticle("Sources/KPIChart/KPIChart.docc/WritingYourOwnChart.md")
        #expect(article.swiftBlocks.contains(try ExampleArticle.code("Examples/CustomChart/TargetGapChart.swift")))
        #expect(article.swiftBlocks.contains(try ExampleArticle.code("Examples/CustomChart/main.swift")))
    }
}
