#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An output file written under a temporary name beside its target and renamed over the target
/// only when complete, so that a reader sees the old content or the new, never a part, and a
/// failed run leaves nothing behind.
///
/// Write through `descriptor` (or `write(_:)`), then `commit()`; `discard()`, or dropping the
/// value without committing (as when an error is thrown), removes the temporary file and leaves
/// the target as it was. `AtomicFile.write(_:to:)` does all of this for data held in memory.
public struct StagedFile: ~Copyable {
    /// The path the file gets when committed.
    public let path: String
    /// The temporary file, open for writing; it stays open until `commit()` or `discard()`.
    public let descriptor: Int32
    /// The temporary path: a hidden, uniquely named file in the directory of `path`.
    let temporaryPath: String
    /// The directory of `path`, synced after the rename.
    private let directory: String
    private var isOpen = true
    private var isCommitted = false

    /// Creates the temporary file beside `path`, with a name no other file has (`O_EXCL`).
    public init(path: String) throws(AtomicFile.WriteError) {
        let slash = path.lastIndex(of: "/")
        let nameStart = slash.map(path.index(after:)) ?? path.startIndex
        directory = slash.map { $0 == path.startIndex ? "/" : String(path[..<$0]) } ?? "."
        var attempts = 0
        while true {
            let candidate = "\(path[..<nameStart]).\(path[nameStart...]).tmp-\(getpid())-\(UInt32.random(in: .min ... .max))"
            let opened = open(candidate, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
            if opened >= 0 {
                self.path = path
                temporaryPath = candidate
                descriptor = opened
                return
            }
            let code = errno
            attempts += 1
            guard code == EEXIST, attempts < 16 else {
                throw Self.failure(path, "cannot create a file in \(directory)", code)
            }
        }
    }

    deinit {
        if isOpen { close(descriptor) }
        if !isCommitted { unlink(temporaryPath) }
    }

    /// Appends all of `bytes` to the file.
    public func write(_ bytes: UnsafeRawBufferPointer) throws(AtomicFile.WriteError) {
        if let code = Self.writeAll(bytes, to: descriptor) { throw writeFailure(code) }
    }

    /// Gives the file the permissions of the file it replaces (if there is one), flushes it to
    /// disk (`fsync`), closes it and renames it to `path`. On failure the temporary file is
    /// removed and the target is as it was.
    public consuming func commit() throws(AtomicFile.WriteError) {
        try check(keepMode(), "cannot copy the permissions of the file it replaces")
        try check(fsync(descriptor) == 0, "cannot flush the data to disk")
        isOpen = false
        try check(close(descriptor) == 0, "cannot close the file")
        try check(rename(temporaryPath, path) == 0, "cannot replace the file")
        isCommitted = true
        syncDirectory()
    }

    /// Closes and removes the temporary file; the target is as it was.
    public consuming func discard() {
        // The deinitializer, which runs as `self` ends here, does the work.
    }

    /// The error for a failed write of the data, with `errno` value `code`.
    func writeFailure(_ code: Int32) -> AtomicFile.WriteError {
        Self.failure(path, "cannot write the data", code)
    }

    /// Writes all of `bytes` to `descriptor`, again after an interruption (`EINTR`); the `errno`
    /// of the write that failed, or `nil`.
    static func writeAll(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32) -> Int32? {
        var offset = 0
        while offset < bytes.count {
            let written = systemWrite(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if written >= 0 {
                offset += written
            } else if errno != EINTR {
                return errno
            }
        }
        return nil
    }

    /// Throws the error for `step` with the current `errno` unless `succeeded`.
    private func check(_ succeeded: Bool, _ step: String) throws(AtomicFile.WriteError) {
        guard succeeded else { throw Self.failure(path, step, errno) }
    }

    /// Gives the temporary file the permissions of the existing file at `path`, if there is one;
    /// `false` (with `errno` set) on failure.
    private func keepMode() -> Bool {
        var existing = stat()
        guard stat(path, &existing) == 0 else { return true }
        return fchmod(descriptor, existing.st_mode & 0o7777) == 0
    }

    /// Flushes the directory entry of the rename, so that it survives a crash. Best effort: the
    /// new file is already in place, so a failure here is not reported.
    private func syncDirectory() {
        let opened = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard opened >= 0 else { return }
        fsync(opened)
        close(opened)
    }

    /// The error for `step` on `path`, with the system's message for `errno` value `code`.
    private static func failure(_ path: String, _ step: String, _ code: Int32) -> AtomicFile.WriteError {
        AtomicFile.WriteError(path: path, reason: "\(step): \(String(cString: strerror(code)))")
    }
}

/// The C library's `write`, which `StagedFile.write(_:)` hides inside the type.
private func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, bytes, count)
}
