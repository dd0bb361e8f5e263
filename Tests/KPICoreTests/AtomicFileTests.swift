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
        #expect(
            throws: AtomicFile.WriteError(
                path: path,
                reason: "cannot create a file in \(directory.path)/no-such-folder: No such file or directory")
        ) {
            try AtomicFile.write(Data("x".utf8), to: path)
        }
        #expect(try contents(of: directory).isEmpty)
    }

    /// A directory at the output path is refused before anything is written.
    @Test func refusesADirectory() throws {
        let directory = try scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appending(path: "summary.csv").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
        #expect(throws: AtomicFile.WriteError(path: path, reason: "it is a directory")) {
            try AtomicFile.write(Data("x".utf8), to: path)
        }
        #expect(try contents(of: directory) == ["summary.csv"])
        #expect(try contents(of: URL(fileURLWithPath: path)).isEmpty)
    }

    /// A symbolic link is followed: the file it points to gets the data, the link stays a link.
    @Test func writesThroughASymbolicLink() throws {
        let directory = try scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let target = directory.appending(path: "real.csv").path
        let link = directory.appending(path: "link.csv").path
        try Data("old\n".utf8).write(to: URL(fileURLWithPath: target))
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "real.csv")
        try AtomicFile.write(Data("new\n".utf8), to: link)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "real.csv")
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "new\n")
        #expect(try contents(of: directory) == ["link.csv", "real.csv"])

        let dangling = directory.appending(path: "dangling.csv").path
        try FileManager.default.createSymbolicLink(atPath: dangling, withDestinationPath: "missing.csv")
        #expect(throws: AtomicFile.WriteError.self) { try AtomicFile.write(Data("x".utf8), to: dangling) }
        #expect(!FileManager.default.fileExists(atPath: directory.appending(path: "missing.csv").path))
    }

    /// A FIFO is written into, not replaced; one that nothing reads is refused instead of hanging.
    /// A character device is written through, never replaced by a regular file.
    @Test func writesThroughADevice() throws {
        try AtomicFile.write(Data("gone".utf8), to: "/dev/null")
        var info = stat()
        #expect(lstat("/dev/null", &info) == 0 && info.st_mode & S_IFMT == S_IFCHR, "still a device")
    }

    @Test func writesIntoAFIFOAndRefusesOneWithoutReader() throws {
        let directory = try scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let fifo = directory.appending(path: "pipe").path
        #expect(mkfifo(fifo, 0o600) == 0)
        #expect(
            throws: AtomicFile.WriteError(
                path: fifo, reason: "it is a FIFO that nothing reads: No such device or address")
        ) {
            try AtomicFile.write(Data("x".utf8), to: fifo)
        }
        let reader = open(fifo, O_RDONLY | O_NONBLOCK)
        #expect(reader >= 0)
        defer { close(reader) }
        try AtomicFile.write(Data("through the pipe".utf8), to: fifo)
        var buffer = [UInt8](repeating: 0, count: 64)
        let count = read(reader, &buffer, buffer.count)
        #expect(String(decoding: buffer.prefix(max(count, 0)), as: UTF8.self) == "through the pipe")
        var info = stat()
        #expect(lstat(fifo, &info) == 0 && info.st_mode & S_IFMT == S_IFIFO, "still a FIFO")
    }
}
