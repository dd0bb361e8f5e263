import Foundation
import KPICore
import Testing

@testable import KPIChart

/// Real files: PNG decodes at the right size, equal input gives equal bytes in every format,
/// and a PDF's text holds the Thai as-of line.
@Suite struct RenderingTests {
    func render(_ format: OutputFormat, scale: Double = 1, size: Size = Size(width: 1600, height: 900)) throws
        -> [UInt8]
    {
        let summary = try SampleSummaries.summary("womens-fund.csv", level: .province, in: .zone(15))
        let request = ChartRequest(
            indicators: .id("womens-fund.overdue-ratio"), scope: ChartScope(level: .province, in: .zone(15)),
            options: ChartOptions(size: size))
        return try ChartRenderer(format: format, scale: scale).render(request, of: summary)
    }

    @Test(arguments: [(1.0, 1600, 900), (2.0, 3200, 1800)])
    func pngHasThePixelSize(scale: Double, width: Int, height: Int) throws {
        let png = try render(.png, scale: scale)
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        #expect(png[16..<20].reduce(0) { $0 << 8 | Int($1) } == width)
        #expect(png[20..<24].reduce(0) { $0 << 8 | Int($1) } == height)
        #expect(png.count < width * height / 4, "flat chart colours compress")
        // An independent decoder (Python's zlib and struct) must read every chunk, check every
        // CRC and inflate exactly one filtered row per line.
        let path = FileManager.default.temporaryDirectory.appending(path: "chumchonkpi-\(UUID().uuidString).png").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Data(png).write(to: URL(fileURLWithPath: path))
        #expect(try run("/usr/bin/env", ["python3", "-c", Self.pngCheck, path]) == "\(width) \(height) ok\n")
    }

    @Test(arguments: OutputFormat.allCases)
    func sameInputSameBytes(format: OutputFormat) throws {
        let first = try render(format)
        _ = try render(.svg)  // a surface in between moves cairo's process-wide SVG counter
        let second = try render(format)
        #expect(first == second)
        #expect(first.count > 1000)
    }

    /// A PNG drawn with the layouts its layout pass measured (as `ChartRenderer` draws it) is
    /// the PNG drawn with every text set afresh.
    @Test func measuredLayoutsDrawTheSamePNG() throws {
        let summary = try SampleSummaries.summary("womens-fund.csv", level: .district, in: .province(50))
        let scope = ChartScope(level: .district, in: .province(50))
        let options = ChartOptions(size: Size(width: 1600, height: 900))
        let rendered = try ChartRenderer(format: .png)
            .render(
                ChartRequest(indicators: .id("womens-fund.overdue-ratio"), scope: scope, options: options), of: summary)
        let series = try #require(
            IndicatorSeries(comparisonOf: summary, indicatorID: "womens-fund.overdue-ratio", level: .district))
        let chart = GroupedBarsChart(series: series, scope: scope, options: options)
        let height = chart.preferredHeight(measuringWith: try RecordingCanvas(size: options.size))
        let canvas = try CairoCanvas(
            format: .png, size: Size(width: 1600, height: height), background: options.style.colors.background)
        chart.draw(on: canvas)
        #expect(try canvas.finish() == rendered)
    }

    @Test func pdfTextHasTheThaiAsOfLine() throws {
        let pdf = try render(.pdf, size: Size(width: 842, height: 595))
        let path = FileManager.default.temporaryDirectory.appending(path: "chumchonkpi-\(UUID().uuidString).pdf").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Data(pdf).write(to: URL(fileURLWithPath: path))
        // pdftotext guesses word spaces from glyph gaps and puts some inside Thai words
        // ("วัน ที่"), so compare the characters without spaces.
        let text = try run("/usr/bin/pdftotext", [path, "-"]).filter { !$0.isWhitespace }
        #expect(text.contains("ข้อมูลณวันที่30กันยายน2569"), "\(text)")
        let info = try run("/usr/bin/pdfinfo", [path])
        #expect(info.contains("842 x 595 pts"), "\(info)")
    }

    /// Decodes a PNG with Python's standard library (zlib + the PNG filters) and prints its size.
    static let pngCheck = """
        import sys, struct, zlib
        data = open(sys.argv[1], 'rb').read()
        assert data[:8] == b'\\x89PNG\\r\\n\\x1a\\n'
        pos, idat, width, height = 8, b'', 0, 0
        while pos < len(data):
            length, kind = struct.unpack('>I4s', data[pos:pos + 8])
            body = data[pos + 8:pos + 8 + length]
            assert zlib.crc32(kind + body) == struct.unpack('>I', data[pos + 8 + length:pos + 12 + length])[0]
            if kind == b'IHDR': width, height = struct.unpack('>II', body[:8])
            if kind == b'IDAT': idat += body
            pos += 12 + length
        raw = zlib.decompress(idat)
        assert len(raw) == height * (1 + 3 * width)
        print(width, height, 'ok')
        """
}
