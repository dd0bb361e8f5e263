import Foundation
import Testing

@testable import KPICore

@Suite struct StagedFileTests {
    @Test func streamsAndCommits() throws {
        let files = TestFiles()
        let path = files.folder.appending(path: "rows.csv").path
        let file = try StagedFile(path: path)
        for line in ["a,b\n", "1,2\n"] {
            try Array(line.utf8).withUnsafeBytes { try file.write($0) }
        }
        // The data is in an unnamed file: a run killed now would leave nothing behind.
        #expect(try FileManager.default.contentsOfDirectory(atPath: files.folder.path).isEmpty)
        try file.commit()
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "a,b\n1,2\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: files.folder.path) == ["rows.csv"])
    }

    /// Discarding, or dropping the file without committing it (as when an error is thrown),
    /// removes the temporary file and leaves the target as it was.
    @Test func uncommittedFileLeavesTheTargetAlone() throws {
        let files = TestFiles()
        let path = files.write("rows.csv", "old\n")
        let discarded = try StagedFile(path: path)
        try Array("new\n".utf8).withUnsafeBytes { try discarded.write($0) }
        discarded.discard()
        do { _ = try StagedFile(path: path) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: files.folder.path) == ["rows.csv"])
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "old\n")
    }
}
