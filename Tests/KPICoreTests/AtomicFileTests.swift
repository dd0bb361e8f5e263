import Foundation
import Testing
@testable import KPICore

@Suite struct AtomicFileTests {
    /// A new empty directory for one test.
    private func scratchDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appending(path: "atomic-file-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: false)
        return url
    }

    private func contents(of directory: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
    }

    @Test func writesANewFile() throws {
        let directory = try scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appending(path: "summary.csv").path
        try AtomicFile.write(Data("level,area_code\n".utf8), to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "level,area_code\n")
        #expect(try contents(of: directory) == ["summary.csv"])
    }

    @Test func replacesAnExistingFileCompletelyAndKeepsItsPermissions() throws {
        let directory = try scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appending(path: "summary.csv").path
        try Data(String(repeating: "old content\n", count: 1000).utf8).write(to: URL(fileURLWithPath: path))
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: path)

        try AtomicFile.write(Data("new\n".utf8), to: path)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Data("new\n".utf8))
        #expect(try contents(of: directory) == ["summary.csv"])
        let permissions = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(permissions == 0o640)
    }

    @Test func missingDirectoryLeavesNothing() throws {
        let directory = try scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appending(path: "no-such-folder/summary.csv").path
        #expect(throws: AtomicFile.WriteError(
            path: path,
            reason: "cannot create a file in \(directory.path)/no-such-folder: No such file or directory")) {
            try AtomicFile.write(Data("x".utf8), to: path)
        }
        #expect(try contents(of: directory).isEmpty)
    }

    /// A failure after the temporary file exists (here the rename, onto a directory) removes it.
    @Test func failedRenameRemovesTheTemporaryFile() throws {
        let directory = try scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appending(path: "summary.csv").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
        do {
            try AtomicFile.write(Data("x".utf8), to: path)
            Issue.record("wrote over a directory")
        } catch {
            #expect(error.path == path)
            #expect(error.description.hasPrefix("cannot write \(path): cannot replace the file: "))
        }
        #expect(try contents(of: directory) == ["summary.csv"])
        #expect(try contents(of: URL(fileURLWithPath: path)).isEmpty)
    }
}
