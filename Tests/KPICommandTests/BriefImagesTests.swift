import Foundation
import Testing

/// `brief --images`: the PDF and the folder of images are written together or not at all, in
/// words when they cannot be, and two briefs on one folder never mix their images.
@Suite struct BriefImagesTests {
    let kpi: KPICommand
    let arguments = ["brief", KPICommand.sample("womens-fund.csv"), "--province", "52", "--issued", "2026-12-01"]

    init() throws { kpi = try KPICommand() }

    /// Every file under `name` in the working folder (a file alone, or a folder's files), by
    /// relative path, with its bytes.
    private func snapshot(_ name: String) throws -> [String: Data] {
        let url = kpi.folder.appending(path: name)
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) else { return [:] }
        guard isFolder.boolValue else { return [name: try Data(contentsOf: url)] }
        let names = try FileManager.default.contentsOfDirectory(atPath: url.path)
        return try Dictionary(
            uniqueKeysWithValues: names.map { ("\(name)/\($0)", try Data(contentsOf: url.appending(path: $0))) })
    }

    @Test func imagesThatCannotBeWrittenLeaveThePDFAndTheImagesAsTheyWere() throws {
        #expect(try kpi.run(arguments + ["--output", "brief.pdf", "--images", "images"]).status == 0)
        try Data("not a folder".utf8).write(to: kpi.folder.appending(path: "file"))
        let before = try snapshot("brief.pdf").merging(try snapshot("images")) { $1 }
        #expect(before.keys.contains("images/00-scorecard.png"))
        let failures = [
            (
                ["--output", "brief.pdf", "--images", "file"],
                "cannot write images to file: a file of that name exists, not a folder; brief.pdf is as it was"
            ),
            (
                ["--output", "brief.pdf", "--images", "file/sub"],
                "cannot write images to file/sub: file is a file, not a folder; brief.pdf is as it was"
            ),
            (
                ["--output", "brief.pdf", "--images", "missing/sub"],
                "cannot write images to missing/sub: the folder missing does not exist; brief.pdf is as it was"
            ),
            // The images are put in place first: the PDF's failure puts the old ones back.
            (
                ["--output", "missing/brief.pdf", "--images", "images", "--lang", "en"],
                "cannot write missing/brief.pdf: "
            ),
        ]
        for (options, message) in failures {
            let result = try kpi.run(arguments + options)
            #expect(result.status == 1)
            let lastLine = result.standardError.split(separator: "\n").last.map(String.init) ?? ""
            #expect(lastLine.hasPrefix("kpi: " + message), "\(options)")
            #expect(!result.standardError.contains("Domain"), "no NSError text")
            #expect(try snapshot("brief.pdf").merging(try snapshot("images")) { $1 } == before, "\(options)")
            #expect(try kpi.files() == ["brief.pdf", "file", "images"], "no staging folder left: \(options)")
        }
    }

    /// A Thai and an English brief run at once on the same PDF and folder, three times: each
    /// time the PDF and every image are those of one of them, as it writes them alone.
    @Test func twoBriefsOnOneFolderEndWithTheFilesOfOne() throws {
        let thai = arguments + ["--lang", "th"]
        let english = arguments + ["--lang", "en"]
        #expect(try kpi.run(thai + ["--output", "th.pdf", "--images", "th"]).status == 0)
        #expect(try kpi.run(english + ["--output", "en.pdf", "--images", "en"]).status == 0)
        func renamed(_ files: [String: Data], from name: String) -> [String: Data] {
            Dictionary(
                uniqueKeysWithValues: files.map { ($0.key.replacingOccurrences(of: name, with: "brief"), $0.value) })
        }
        let alone = [
            renamed(try snapshot("th.pdf").merging(try snapshot("th")) { $1 }, from: "th"),
            renamed(try snapshot("en.pdf").merging(try snapshot("en")) { $1 }, from: "en"),
        ]
        #expect(alone[0] != alone[1])
        for _ in 0..<3 {
            let statuses = try kpi.runTogether([
                thai + ["--output", "brief.pdf", "--images", "brief"],
                english + ["--output", "brief.pdf", "--images", "brief"],
            ])
            #expect(statuses == [0, 0])
            let together = try snapshot("brief.pdf").merging(try snapshot("brief")) { $1 }
            #expect(alone.contains(together), "the PDF and the images of one run")
            #expect(try kpi.files() == ["brief", "brief.pdf", "en", "en.pdf", "th", "th.pdf"])
        }
    }
}
