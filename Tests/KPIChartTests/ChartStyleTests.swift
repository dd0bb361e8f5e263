import Foundation
import KPICore
import Testing

@testable import KPIChart

/// What the options change on a drawn chart: the title and subtitle given in place of the
/// generated ones (the as-of date kept), a theme's colours and sizes, a transparent PNG
/// background, and a font family asked for by name.
@Suite struct ChartStyleTests {
    private let overdue = "womens-fund.overdue-ratio"
    private let scope = ChartScope(level: .province, in: .zone(15))

    private func summary() throws -> Summary {
        try SampleSummaries.summary("womens-fund.csv", level: .province, in: .zone(15))
    }

    /// Zone 15's grouped bars, drawn with `options`, on a recording canvas.
    private func record(_ options: ChartOptions) throws -> RecordingCanvas {
        let series = try #require(IndicatorSeries(comparisonOf: try summary(), indicatorID: overdue, level: .province))
        let canvas = try RecordingCanvas(size: options.size, fontFamily: options.fontFamily)
        GroupedBarsChart(series: series, scope: scope, options: options).draw(on: canvas)
        return canvas
    }

    /// Zone 15's grouped bars as a file.
    private func render(_ options: ChartOptions, _ format: OutputFormat) throws -> [UInt8] {
        try ChartRenderer(format: format).render(
            ChartRequest(indicators: .id(overdue), scope: scope, options: options), of: try summary())
    }

    /// Writes `bytes` to a temporary file, runs `body` with its path, and removes it.
    private func withFile<Result>(_ bytes: [UInt8], _ suffix: String, _ body: (String) throws -> Result) throws
        -> Result
    {
        let path = FileManager.default.temporaryDirectory.appending(path: "chumchonkpi-\(UUID().uuidString).\(suffix)")
            .path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return try body(path)
    }

    // MARK: Title and subtitle

    @Test func givenTitleAndSubtitleReplaceTheGeneratedOnes() throws {
        let generated = try record(ChartOptions()).texts.filter { $0.groups == ["title"] }.map(\.string)
        var options = ChartOptions()
        options.title = "หนี้ค้างชำระ เขต 15"
        options.subtitle = "สำหรับการประชุมผู้บริหาร"
        let canvas = try record(options)
        #expect(
            canvas.texts.filter { $0.groups == ["title"] }.map(\.string) == ["หนี้ค้างชำระ เขต 15", "สำหรับการประชุมผู้บริหาร"])
        #expect(generated.count == 2 && !generated.contains("หนี้ค้างชำระ เขต 15"))
        #expect(
            canvas.texts.contains { $0.groups == ["footer"] && $0.string == "ข้อมูล ณ วันที่ 30 กันยายน 2569" }, "as-of kept")

        // In the file too: the PDF's text has the given words and the as-of date.
        options.size = Size(width: 842, height: 595)
        let text = try withFile(try render(options, .pdf), "pdf") { try run("/usr/bin/pdftotext", [$0, "-"]) }.filter {
            !$0.isWhitespace
        }
        #expect(
            text.contains("เขต15") && text.contains("ประชุมผู้บริหาร") && text.contains("ข้อมูลณวันที่30กันยายน2569"), "\(text)")
        #expect(!text.contains("เป้าหมาย:ต่ำกว่า10.0%ข้อมูล"), "no generated subtitle")
    }

    @Test func emptyTitleAndSubtitleTakeNoRoom() throws {
        let titled = try record(ChartOptions())
        var options = ChartOptions()
        options.title = ""
        options.subtitle = ""
        let bare = try record(options)
        #expect(bare.texts.filter { $0.groups == ["title"] }.isEmpty)
        let legendTop = { (canvas: RecordingCanvas) in
            canvas.texts.filter { $0.groups == ["legend"] }.map(\.box.minY).min() ?? 0
        }
        #expect(legendTop(bare) < legendTop(titled) - 50, "the legend moves up into the room")
        #expect(bare.texts.contains { $0.groups == ["footer"] && $0.string.hasPrefix("ข้อมูล ณ วันที่") })
    }

    // MARK: Theme

    @Test func themeColoursAndSizesAreDrawn() throws {
        var options = ChartOptions()
        options.style.colors.oldestWindow = Color(hex: 0x4A6A50)
        options.style.colors.newestWindow = Color(hex: 0xB8F0A0)
        options.style.colors.target = Color(hex: 0xFF00FF)
        options.style.textSizes.title = 50
        let canvas = try record(options)
        let barColours = canvas.shapes.filter { $0.groups == ["bars"] && $0.kind == .fill }.map(\.color)
        #expect(barColours.contains(Color(hex: 0x4A6A50)) && barColours.contains(Color(hex: 0xB8F0A0)))
        #expect(!barColours.contains(ChartColors.standard.newestWindow))
        #expect(canvas.shapes.contains { $0.groups == ["target"] && $0.color == Color(hex: 0xFF00FF) })
        #expect(canvas.texts.first { $0.groups == ["title"] }?.style.size == 50)
    }

    @Test func themeBackgroundFillsThePNG() throws {
        var options = ChartOptions(size: Size(width: 400, height: 225))
        options.style.colors.background = Color(hex: 0x102030)
        let pixels = try withFile(try render(options, .png), "png") {
            try run("/usr/bin/env", ["python3", "-c", Self.pngPixels, $0, "1", "1"])
        }
        #expect(pixels.hasPrefix("2 16 32 48 255\n"), "\(pixels)")
    }

    // MARK: Transparent background

    @Test func transparentPNGHasAnAlphaChannelAndClearBackground() throws {
        var options = ChartOptions(size: Size(width: 400, height: 225))
        options.style.colors.background.alpha = 0
        let png = try render(options, .png)
        #expect(png[25] == 6, "colour type RGBA")
        #expect(png == (try render(options, .png)), "deterministic")
        let report = try withFile(png, "png") {
            try run("/usr/bin/env", ["python3", "-c", Self.pngPixels, $0, "1", "1"])
        }
        let lines = report.split(separator: "\n")
        #expect(lines.first == "6 0 0 0 0", "a corner is clear: \(report)")
        // The bars stay solid: the newest window's colour, opaque.
        let newest = ChartColors.standard.newestWindow.hexString
        #expect(lines.contains { $0 == "opaque \(newest)" }, "\(report)")
    }

    @Test func transparentSVGPaintsNoBackground() throws {
        var options = ChartOptions()
        let opaque = String(decoding: try render(options, .svg), as: UTF8.self)
        options.style.colors.background.alpha = 0
        let clear = String(decoding: try render(options, .svg), as: UTF8.self)
        let whitePage = #"<rect x="0" y="0" width="1600" height="900" style="fill:rgb(100%,100%,100%)"#
        #expect(opaque.contains(whitePage))
        #expect(!clear.contains(whitePage))
    }

    // MARK: Font family

    @Test func fontFamilyIsLookedUpByName() throws {
        #expect(try ThaiFontFamilies.installedFamily(named: "noto sans thai") == "Noto Sans Thai")
        #expect(try ThaiFontFamilies.resolve(first: "NOTO SANS THAI").hasPrefix("Noto Sans Thai, Laksaman"))
        #expect(ThaiFontFamilies.hasThaiLetters("Noto Sans Thai"))
        #expect(!ThaiFontFamilies.hasThaiLetters("Noto Sans"), "Latin only")
        #expect {
            try ThaiFontFamilies.installedFamily(named: "TH Sarabun Nope")
        } throws: { error in
            "\(error)".hasPrefix("no font family \"TH Sarabun Nope\" is installed") && "\(error)".contains("Laksaman")
        }
        #expect(throws: CairoCanvas.RenderError.self) {
            try CairoCanvas(format: .png, size: Size(width: 100, height: 100), fontFamily: "No Such Face")
        }
    }

    @Test func fontFamilySetsTheText() throws {
        var options = ChartOptions(size: Size(width: 842, height: 595))
        let fonts = { (options: ChartOptions) in
            try withFile(try render(options, .pdf), "pdf") { try run("/usr/bin/pdffonts", [$0]) }
        }
        let standard = try fonts(options)
        options.fontFamily = "Noto Sans Thai"
        let noto = try fonts(options)
        #expect(standard.contains("Laksaman") && !standard.contains("NotoSansThai"), "\(standard)")
        // Noto Sans Thai first; Laksaman may still set the Latin letters Noto Sans Thai lacks.
        #expect(noto.contains("NotoSansThai"), "\(noto)")
    }

    /// Decodes a PNG with Python's standard library (every filter type, RGB or RGBA) and prints
    /// its colour type and the pixel at (x, y) as "type r g b a", then every distinct opaque
    /// colour as "opaque #RRGGBB".
    static let pngPixels = """
        import sys, struct, zlib
        data = open(sys.argv[1], 'rb').read()
        pos, idat = 8, b''
        while pos < len(data):
            length, kind = struct.unpack('>I4s', data[pos:pos + 8])
            body = data[pos + 8:pos + 8 + length]
            if kind == b'IHDR': width, height, depth, ctype = struct.unpack('>IIBB', body[:10])
            if kind == b'IDAT': idat += body
            pos += 12 + length
        channels = {2: 3, 6: 4}[ctype]
        raw, stride, rows, prior = zlib.decompress(idat), width * channels, [], bytearray(width * channels)
        for y in range(height):
            kind, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
            for i in range(stride):
                a = line[i - channels] if i >= channels else 0
                b, c = prior[i], prior[i - channels] if i >= channels else 0
                if kind == 1: line[i] = (line[i] + a) & 255
                elif kind == 2: line[i] = (line[i] + b) & 255
                elif kind == 3: line[i] = (line[i] + (a + b) // 2) & 255
                elif kind == 4:
                    p = a + b - c
                    pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                    line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
            rows.append(line)
            prior = line
        def pixel(x, y):
            px = rows[y][x * channels:(x + 1) * channels]
            return tuple(px) + ((255,) if channels == 3 else ())
        x, y = int(sys.argv[2]), int(sys.argv[3])
        print(ctype, *pixel(x, y))
        opaque = {pixel(x, y)[:3] for y in range(height) for x in range(width) if pixel(x, y)[3] == 255}
        for colour in sorted(opaque): print('opaque #%02X%02X%02X' % colour)
        """
}
