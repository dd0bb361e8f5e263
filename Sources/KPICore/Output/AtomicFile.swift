import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes output files so that a reader sees the old content or the new, never a part, and a
/// failed run leaves nothing behind.
///
/// Writing to standard output when the user gives no path is the caller's business.
public enum AtomicFile {
    /// A write that failed; the file at `path` is as it was before.
    public struct WriteError: Error, Equatable, Sendable, CustomStringConvertible {
        /// The file that was to be written.
        public let path: String
        /// What failed, with the system's reason.
        public let reason: String

        public init(path: String, reason: String) {
            self.path = path
            self.reason = reason
        }

        public var description: String { "cannot write \(path): \(reason)" }
    }

    /// Writes `data` to `path`: into a new temporary file in the same directory, flushed to disk
    /// (`fsync`), then renamed over `path`, which keeps its permissions if it existed. On any
    /// failure the temporary file is removed and the error names `path`.
    public static func write(_ data: Data, to path: String) throws(WriteError) {
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent().path
        let temporary = url.deletingLastPathComponent()
            .appending(path: ".\(url.lastPathComponent).tmp-\(getpid())-\(UInt32.random(in: .min ... .max))").path

        func check(_ succeeded: Bool, _ step: String) throws(WriteError) {
            guard succeeded else { throw WriteError(path: path, reason: "\(step): \(String(cString: strerror(errno)))") }
        }

        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        try check(descriptor >= 0, "cannot create a file in \(directory)")
        var renamed = false
        defer { if !renamed { unlink(temporary) } }
        do {
            try check(fill(descriptor, with: data), "cannot write the data")
            try check(keepMode(of: path, on: descriptor), "cannot copy the permissions of the file it replaces")
            try check(fsync(descriptor) == 0, "cannot flush the data to disk")
        } catch {
            close(descriptor)
            throw error
        }
        try check(close(descriptor) == 0, "cannot close the file")
        try check(rename(temporary, path) == 0, "cannot replace the file")
        renamed = true
        syncDirectory(directory)
    }

    /// Writes all of `data` to `descriptor`; `false` (with `errno` set) on failure.
    private static func fill(_ descriptor: Int32, with data: Data) -> Bool {
        data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = systemWrite(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                offset += written
            }
            return true
        }
    }

    /// Gives the file open at `descriptor` the permissions of the existing file at `path`, if
    /// there is one; `false` (with `errno` set) on failure.
    private static func keepMode(of path: String, on descriptor: Int32) -> Bool {
        var existing = stat()
        guard stat(path, &existing) == 0 else { return true }
        return fchmod(descriptor, existing.st_mode & 0o7777) == 0
    }

    /// Flushes the directory entry of the rename, so that it survives a crash. Best effort: the
    /// new file is already in place, so a failure here is not reported.
    private static func syncDirectory(_ directory: String) {
        let descriptor = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        fsync(descriptor)
        close(descriptor)
    }
}

/// The C library's `write`, which `AtomicFile.write(_:to:)` hides inside the type.
private func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, bytes, count)
}
