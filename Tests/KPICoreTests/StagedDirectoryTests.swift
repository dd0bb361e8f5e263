import Foundation
import Testing

@testable import KPICore

/// A folder replaced as a whole, with another output or not at all.
@Suite struct StagedDirectoryTests {
    let files = TestFiles()
    var target: String { files.folder.appending(path: "images").path }

    /// The files of `folder` and their contents.
    private func contents(_ folder: String) throws -> [String: String] {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder)
        return try Dictionary(
            uniqueKeysWithValues: names.map { ($0, try String(contentsOfFile: "\(folder)/\($0)", encoding: .utf8)) })
    }

    /// Writes `names` (each holding its own name and `tag`) into a new staged folder of `target`.
    private func staged(_ names: [String], tag: String) throws -> StagedDirectory {
        let folder = try StagedDirectory(path: target)
        for name in names { try folder.write(Data("\(name) \(tag)".utf8), named: name) }
        return folder
    }

    /// An old folder with `a.png` and `b.png`.
    private func oldFolder() throws -> [String: String] {
        try FileManager.default.createDirectory(atPath: target, withIntermediateDirectories: false)
        for name in ["a.png", "b.png"] {
            try Data("\(name) old".utf8).write(to: URL(fileURLWithPath: "\(target)/\(name)"))
        }
        return try contents(target)
    }

    @Test func aNewFolderAppearsOnlyOnCommit() throws {
        let folder = try staged(["a.png"], tag: "new")
        #expect(!FileManager.default.fileExists(atPath: target))
        var committedAlongside = false
        try folder.commit { committedAlongside = true }
        #expect(committedAlongside)
        #expect(try contents(target) == ["a.png": "a.png new"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: files.folder.path) == ["images"])
    }

    @Test func anOldFolderIsReplacedAsAWhole() throws {
        _ = try oldFolder()
        try staged(["a.png", "c.png"], tag: "new").commit {}
        #expect(
            try contents(target) == ["a.png": "a.png new", "c.png": "c.png new"], "b.png of the old folder is gone")
        #expect(try FileManager.default.contentsOfDirectory(atPath: files.folder.path) == ["images"])
    }

    /// The other output fails after the swap: the old folder is back, byte for byte, and no
    /// staging folder is left.
    @Test func aFailedCommitAlongsidePutsTheOldFolderBack() throws {
        struct Failure: Error {}
        let old = try oldFolder()
        let folder = try staged(["a.png", "c.png"], tag: "new")
        #expect(throws: Failure.self) {
            try folder.commit {
                #expect(
                    (try? contents(target)) == ["a.png": "a.png new", "c.png": "c.png new"],
                    "swapped in before the other output")
                throw Failure()
            }
        }
        #expect(try contents(target) == old)
        #expect(try FileManager.default.contentsOfDirectory(atPath: files.folder.path) == ["images"])
    }

    @Test func anUncommittedFolderLeavesNothing() throws {
        let old = try oldFolder()
        do { _ = try staged(["a.png"], tag: "new") }
        #expect(try contents(target) == old)
        #expect(try FileManager.default.contentsOfDirectory(atPath: files.folder.path) == ["images"])
    }

    @Test func aSymbolicLinkStaysAndItsFolderIsReplaced() throws {
        let real = files.folder.appending(path: "real").path
        try FileManager.default.createDirectory(atPath: real, withIntermediateDirectories: false)
        try FileManager.default.createSymbolicLink(atPath: target, withDestinationPath: "real")
        try staged(["a.png"], tag: "new").commit {}
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: target) == "real")
        #expect(try contents(real) == ["a.png": "a.png new"])
    }

    @Test func pathsThatCannotBeAFolderAreRefusedInWords() throws {
        let file = files.write("images.png", "not a folder")
        #expect(throws: AtomicFile.WriteError(path: file, reason: "a file of that name exists, not a folder")) {
            _ = try StagedDirectory(path: file)
        }
        #expect(throws: AtomicFile.WriteError(path: file + "/sub", reason: "\(file) is a file, not a folder")) {
            _ = try StagedDirectory(path: file + "/sub")
        }
        let missing = files.folder.appending(path: "missing").path
        #expect(throws: AtomicFile.WriteError(path: missing + "/sub", reason: "the folder \(missing) does not exist")) {
            _ = try StagedDirectory(path: missing + "/sub")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: files.folder.path) == ["images.png"])
    }

    /// A staging folder left by a run killed while staging goes with the next commit; one of a
    /// run still going stays.
    @Test func stagingFoldersOfKilledRunsAreRemoved() throws {
        let finished = Process()
        finished.executableURL = URL(fileURLWithPath: "/bin/true")
        try finished.run()
        finished.waitUntilExit()
        let abandoned = files.folder.appending(path: ".images.tmp-\(finished.processIdentifier)-1").path
        let running = files.folder.appending(path: ".images.tmp-1-2").path  // process 1 never ends
        for folder in [abandoned, running] {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
            try Data("x".utf8).write(to: URL(fileURLWithPath: folder + "/a.png"))
        }
        try staged(["a.png"], tag: "new").commit {}
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: files.folder.path).sorted() == [
                ".images.tmp-1-2", "images",
            ])
    }
}
