import Foundation
import Testing

@testable import KPIChart

/// Theme files: the built-in theme is `Charts/themes/default.json`, styles survive a round trip
/// through JSON, a file may leave keys out, and every bad file is refused with its name and key.
@Suite struct ThemeFileTests {
    static let defaultTheme = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appending(path: "Charts/themes/default.json").path

    /// The keys of every object in `json`, as paths ("colors.met").
    private func keyPaths(_ json: Data) throws -> Set<String> {
        func paths(_ value: Any, prefix: String) -> [String] {
            guard let object = value as? [String: Any] else { return [] }
            return object.flatMap { key, inner in [prefix + key] + paths(inner, prefix: prefix + key + ".") }
        }
        return Set(paths(try JSONSerialization.jsonObject(with: json), prefix: ""))
    }

    @Test func builtInThemeIsTheDefaultFile() throws {
        #expect(try ChartStyle(themeFile: Self.defaultTheme) == ChartStyle.standard)
        // Complete: a key missing from the file would decode as the built-in value unseen.
        let file = try keyPaths(Data(contentsOf: URL(fileURLWithPath: Self.defaultTheme)))
        let encoded = try keyPaths(JSONEncoder().encode(ChartStyle.standard))
        #expect(file == encoded)
        #expect(encoded.contains("colors.met") && encoded.contains("textSizes.title"))
    }

    @Test func styleSurvivesAJSONRoundTrip() throws {
        var style = ChartStyle.standard
        style.colors.met = Color(hex: 0x2E8B57)
        style.colors.background = Color(hex: 0x102030, alpha: 128.0 / 255)
        style.colors.series = [0x66C2A5, 0xFC8D62, 0x8DA0CB, 0xE78AC3, 0xA6D854, 0xFFD92F].map { Color(hex: $0) }
        style.textSizes.title = 44.5
        let json = try JSONEncoder().encode(style)
        let decoded = try ChartStyle(themeJSON: json, name: "round.json")
        #expect(decoded == style)
        #expect(decoded != ChartStyle.standard)
        #expect(String(decoding: json, as: UTF8.self).contains("\"#10203080\""))
    }

    @Test func keysLeftOutKeepTheBuiltInValues() throws {
        let series = ##"["#aabbcc", "#112233", "#445566", "#778899", "#ddeeff"]"##
        let json = ##"{"colors": {"met": "#112233", "series": "## + series + ##"}, "textSizes": {"axis": 30}}"##
        let style = try ChartStyle(themeJSON: Data(json.utf8), name: "partial.json")
        #expect(style.colors.met == Color(hex: 0x112233))
        #expect(style.colors.series == [0xAABBCC, 0x112233, 0x445566, 0x778899, 0xDDEEFF].map { Color(hex: $0) })
        #expect(style.textSizes.axis == 30)
        #expect(style.colors.missed == ChartColors.standard.missed)
        #expect(style.textSizes.title == ChartTextSizes.standard.title)
        #expect(try ChartStyle(themeJSON: Data("{}".utf8), name: "empty.json") == .standard)
    }

    @Test(arguments: [
        (##"{"colors": {"met": "#12345"}}"##, ##"bad.json: colors.met: "#12345" is not a colour"##),
        (##"{"colors": {"met": "0072B2"}}"##, "bad.json: colors.met: "),
        (##"{"colors": {"target": "#GG0000"}}"##, "bad.json: colors.target: "),
        (##"{"colors": {"met": 12}}"##, "bad.json: colors.met: expected a string"),
        (
            ##"{"colors": {"series": []}}"##,
            "bad.json: colors.series: must list 5 to 32 colours (one per part of a breakdown), not 0"
        ),
        (
            ##"{"colors": {"series": ["#000000", "#111111", "#222222", "#333333"]}}"##,
            "bad.json: colors.series: must list 5 to 32"
        ),
        (##"{"colors": {"series": ["#000000", "red"]}}"##, "bad.json: colors.series[1]: \"red\" is not a colour"),
        (##"{"textSizes": {"title": 0}}"##, "bad.json: textSizes.title: must be a size from 4 to 120"),
        (##"{"textSizes": {"legend": 121}}"##, "bad.json: textSizes.legend: must be a size from 4 to 120"),
        (##"{"textSizes": {"axis": "big"}}"##, "bad.json: textSizes.axis: expected a number"),
        (##"{"colours": {}}"##, "bad.json: colours: unknown key"),
        (##"{"colors": {"metColor": "#000000"}}"##, "bad.json: colors.metColor: unknown key"),
        (##"[1, 2]"##, "bad.json: a theme is a JSON object"),
        ("{\"colors\": {\n  \"met\": \"#000000\"\n  \"x\": 1}}", "bad.json: not valid JSON (line 3, column 3)"),
    ])
    func badThemeIsRefusedNamingFileAndKey(json: String, message: String) {
        #expect {
            try ChartStyle(themeJSON: Data(json.utf8), name: "bad.json")
        } throws: { error in
            "\(error)".hasPrefix(message)
        }
    }

    @Test func unreadableFilesAreRefusedByName() throws {
        let directory = FileManager.default.temporaryDirectory.appending(path: "chumchonkpi-theme-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let large = directory.appending(path: "large.json")
        try Data(repeating: UInt8(ascii: " "), count: ChartStyle.largestThemeFile + 1).write(to: large)
        let cases = [
            (directory.appending(path: "missing.json").path, "no such file"), (directory.path, "not a regular file"),
            (large.path, "too large for a theme"),
        ]
        for (path, problem) in cases {
            #expect { try ChartStyle(themeFile: path) } throws: { error in
                "\(error)".hasPrefix(path + ": ") && "\(error)".contains(problem)
            }
        }
    }

    @Test func coloursReadAndWriteAsHex() {
        #expect(Color(hexString: "#0072b2") == Color(hex: 0x0072B2))
        #expect(Color(hexString: "#0072B2")?.hexString == "#0072B2")
        let translucent = Color(hexString: "#FF000080")
        #expect(translucent?.alpha == 128.0 / 255)
        #expect(translucent?.hexString == "#FF000080")
        for bad in ["0072B2", "#0072B", "#0072B2F", "#GG0000", "", "#", "#0072B2FF00"] {
            #expect(Color(hexString: bad) == nil, "\(bad)")
        }
    }
}
