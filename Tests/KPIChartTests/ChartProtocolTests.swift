import Foundation
import KPICore
import Testing

@testable import KPIChart

/// A chart written in a test, on the `Chart` protocol alone, renders through `ChartRenderer` at
/// the size its size rule gives, and on as many PDF pages as it draws.
@Suite struct ChartProtocolTests {
    /// A band of `rows` rows 50 units tall: taller than asked for when they need it; on pages of
    /// the size asked for, as many as the rows need.
    struct Rows: Chart {
        let options: ChartOptions
        let rows: Int
        static let rowHeight = 50.0

        var rowsPerPage: Int { Int(options.size.height / Self.rowHeight) }

        func size(paged: Bool, measuringWith measurer: TextMeasurer) -> Size {
            let label = measurer.measure("แถว", style: TextStyle(size: 20))
            #expect(label.width > 0 && label.height > 0, "the measurer sets Thai")
            guard !paged else { return options.size }
            return Size(width: options.size.width, height: max(options.size.height, Double(rows) * Self.rowHeight))
        }

        func draw(on canvas: any Canvas) { drawRows(0..<rows, on: canvas) }

        func draw(onPages canvas: any PagedCanvas) -> Int {
            let pages = stride(from: 0, to: rows, by: rowsPerPage).map { $0..<min($0 + rowsPerPage, rows) }
            for (index, page) in pages.enumerated() {
                if index > 0 { canvas.newPage() }
                drawRows(page, on: canvas)
            }
            return pages.count
        }

        private func drawRows(_ rows: Range<Int>, on canvas: any Canvas) {
            for (offset, row) in rows.enumerated() {
                canvas.fill(
                    .rectangle(
                        Rect(
                            x: 0, y: Double(offset) * Self.rowHeight, width: canvas.size.width,
                            height: Self.rowHeight - 4)),
                    color: options.style.colors.series[row % options.style.colors.series.count])
                canvas.draw(
                    "แถว \(row + 1)", style: TextStyle(size: 20),
                    at: Point(x: 8, y: Double(offset) * Self.rowHeight + 8))
            }
        }
    }

    /// A chart that fits whatever it is given: the protocol's defaults.
    struct Square: Chart {
        let options: ChartOptions
        func draw(on canvas: any Canvas) {
            canvas.fill(.rectangle(Rect(x: 10, y: 10, width: 100, height: 100)), color: options.style.colors.met)
        }
    }

    private func pngSize(_ bytes: [UInt8]) -> (width: Int, height: Int) {
        (bytes[16..<20].reduce(0) { $0 << 8 | Int($1) }, bytes[20..<24].reduce(0) { $0 << 8 | Int($1) })
    }

    /// Page objects in a PDF: "/Type /Page" not followed by "s" (that is the page tree).
    private func pdfPageCount(_ bytes: [UInt8]) -> Int {
        let text = String(decoding: bytes, as: UTF8.self)
        return text.components(separatedBy: "/Type /Page").dropFirst().filter { !$0.hasPrefix("s") }.count
    }

    @Test func aPNGHasTheSizeOfTheSizeRule() throws {
        let options = ChartOptions(size: Size(width: 400, height: 300))
        #expect(pngSize(try ChartRenderer(format: .png).render(Rows(options: options, rows: 3))) == (400, 300))
        #expect(pngSize(try ChartRenderer(format: .png).render(Rows(options: options, rows: 20))) == (400, 1000))
        #expect(
            pngSize(try ChartRenderer(format: .png, scale: 2).render(Rows(options: options, rows: 20))) == (800, 2000))
        #expect(pngSize(try ChartRenderer(format: .png).render(Square(options: options))) == (400, 300))
    }

    @Test func anSVGHasTheSizeOfTheSizeRule() throws {
        let svg = String(
            decoding: try ChartRenderer(format: .svg).render(
                Rows(options: ChartOptions(size: Size(width: 400, height: 300)), rows: 20)),
            as: UTF8.self)
        #expect(svg.contains(#"width="400""#) && svg.contains(#"height="1000""#))
    }

    @Test func aPDFTakesTheChartsPages() throws {
        let options = ChartOptions(size: Size(width: 400, height: 300))
        #expect(pdfPageCount(try ChartRenderer(format: .pdf).render(Rows(options: options, rows: 20))) == 4)
        #expect(pdfPageCount(try ChartRenderer(format: .pdf).render(Square(options: options))) == 1)
        // The same chart recorded: every page of the asked-for size, rows split 6, 6, 6, 2.
        let canvas = try RecordingCanvas(size: options.size)
        #expect(Rows(options: options, rows: 20).draw(onPages: canvas) == 4)
        #expect((0..<4).map { page in canvas.texts.filter { $0.page == page }.count } == [6, 6, 6, 2])
    }

    @Test func aPNGBeyondWhatCairoCanMakeIsAClearError() throws {
        let chart = Rows(options: ChartOptions(size: Size(width: 400, height: 300)), rows: 700)
        #expect(throws: ChartRenderer.ChartError.self) { try ChartRenderer(format: .png).render(chart) }
        #expect(try ChartRenderer(format: .svg).render(chart).count > 0)
    }
}
