#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// An output file written aside and put in place of its target only when complete, so that a
/// reader sees the old content or the new, never a part, and a failed or killed run leaves
/// nothing behind.
///
/// The data goes to an unnamed file in the target's directory (on Linux; elsewhere, or where the
/// file system refuses, a hidden uniquely named file beside it), which `commit()` names and
/// renames over the target. A symbolic link is followed: the file it points to is replaced and
/// the link stays. A character device or a FIFO (`/dev/null`, a pipe) is written directly, never
/// replaced; a directory or any other kind of file is refused.
///
/// Write through `descriptor` (or `write(_:)`), then `commit()`; `discard()`, or dropping the
/// value without committing (as when an error is thrown), leaves the target as it was.
/// `AtomicFile.write(_:to:)` does all of this for data held in memory.
package struct StagedFile: ~Copyable {
    /// The path the file gets when committed, as given.
    package let path: String
    /// The file being written, open until `commit()` or `discard()`.
    package let descriptor: Int32
    /// Where the data ends up.
    private let destination: Destination
    /// The name of the staged data in the target's directory, once it has one.
    private var stagedPath: String?
    private var isOpen = true
    private var isCommitted = false

    private enum Destination {
        /// A regular file (existing or not) at `target`, the path of `path` with symbolic links
        /// followed, replaced by a rename within `directory`.
        case file(target: String, directory: String)
        /// A character device or FIFO, written directly.
        case stream
    }

    /// Prepares to write `path`: opens the staging file, or the device or FIFO itself.
    package init(path: String) throws(AtomicFile.WriteError) {
        self.path = path
        (descriptor, destination, stagedPath) = try Self.openStaging(for: path)
    }

    /// The descriptor to write, where the data ends up and the staging file's name if it has one.
    private static func openStaging(for path: String) throws(AtomicFile.WriteError) -> (Int32, Destination, String?) {
        var target = path
        var info = stat()
        if lstat(path, &info) == 0 {
            if info.st_mode & S_IFMT == S_IFLNK {
                guard let resolved = realpath(path, nil) else {
                    throw Self.failure(path, "it is a symbolic link to a missing file", errno)
                }
                target = String(cString: resolved)
                free(resolved)
                guard stat(target, &info) == 0 else { throw Self.failure(path, "cannot look at \(target)", errno) }
            }
            switch info.st_mode & S_IFMT {
            case S_IFREG:
                break
            case S_IFCHR, S_IFIFO:
                // Without a reader, a FIFO refuses a non-blocking open instead of hanging.
                let opened = open(target, O_WRONLY | O_NONBLOCK | O_CLOEXEC)
                guard opened >= 0 else {
                    throw Self.failure(
                        path, errno == ENXIO ? "it is a FIFO that nothing reads" : "cannot open it", errno)
                }
                _ = fcntl(opened, F_SETFL, fcntl(opened, F_GETFL) & ~O_NONBLOCK)
                return (opened, .stream, nil)
            case S_IFDIR:
                throw AtomicFile.WriteError(path: path, reason: "it is a directory")
            default:
                throw AtomicFile.WriteError(
                    path: path, reason: "it is not a regular file, a character device or a FIFO")
            }
        } else if errno != ENOENT {
            throw Self.failure(path, "cannot look at it", errno)
        }
        let slash = target.lastIndex(of: "/")
        let directory = slash.map { $0 == target.startIndex ? "/" : String(target[..<$0]) } ?? "."
        let destination = Destination.file(target: target, directory: directory)
        if let unnamed = UnnamedFile.create(in: directory, access: O_WRONLY) { return (unnamed, destination, nil) }
        var attempts = 0
        while true {
            let candidate = Self.stagingName(for: target)
            let opened = open(candidate, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
            if opened >= 0 { return (opened, destination, candidate) }
            let code = errno
            attempts += 1
            guard code == EEXIST, attempts < 16 else {
                throw Self.failure(path, "cannot create a file in \(directory)", code)
            }
        }
    }

    deinit {
        if isOpen { close(descriptor) }
        if !isCommitted, let stagedPath { unlink(stagedPath) }
    }

    /// Appends all of `bytes` to the file.
    package func write(_ bytes: UnsafeRawBufferPointer) throws(AtomicFile.WriteError) {
        if let code = Self.writeAll(bytes, to: descriptor) { throw writeFailure(code) }
    }

    /// Gives the file the permissions of the file it replaces (if there is one), flushes it to
    /// disk (`fsync`), closes it and renames it to `path`. On failure the staged data is
    /// removed and the target is as it was. A device or FIFO has had the data already.
    package consuming func commit() throws(AtomicFile.WriteError) {
        guard case .file(let target, let directory) = destination else {
            isOpen = false
            try check(close(descriptor) == 0, "cannot close it")
            isCommitted = true
            return
        }
        try check(keepMode(of: target), "cannot copy the permissions of the file it replaces")
        try check(fsync(descriptor) == 0, "cannot flush the data to disk")
        if stagedPath == nil { try linkStagedData(beside: target) }
        isOpen = false
        try check(close(descriptor) == 0, "cannot close the file")
        try check(rename(stagedPath!, target) == 0, "cannot replace the file")
        isCommitted = true
        Self.syncDirectory(directory)
    }

    /// Closes and removes the staged data; the target is as it was.
    package consuming func discard() {
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

    /// Gives the staged file the permissions of the existing file at `target`, if there is one;
    /// `false` (with `errno` set) on failure.
    private func keepMode(of target: String) -> Bool {
        var existing = stat()
        guard stat(target, &existing) == 0 else { return true }
        return fchmod(descriptor, existing.st_mode & 0o7777) == 0
    }

    /// Names the unnamed staging file, under a hidden unique name beside `target`.
    private mutating func linkStagedData(beside target: String) throws(AtomicFile.WriteError) {
        for _ in 0..<16 {
            let candidate = Self.stagingName(for: target)
            if UnnamedFile.link(descriptor, to: candidate) {
                stagedPath = candidate
                return
            }
            guard errno == EEXIST else { break }
        }
        throw Self.failure(path, "cannot name the new file", errno)
    }

    /// A hidden name beside `target` that is unlikely to exist: `.NAME.tmp-PID-RANDOM`.
    private static func stagingName(for target: String) -> String {
        let nameStart = target.lastIndex(of: "/").map(target.index(after:)) ?? target.startIndex
        return "\(target[..<nameStart]).\(target[nameStart...]).tmp-\(getpid())-\(UInt32.random(in: .min ... .max))"
    }

    /// Flushes the directory entry of the rename, so that it survives a crash. Best effort: the
    /// new file is already in place, so a failure here is not reported.
    static func syncDirectory(_ directory: String) {
        let opened = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard opened >= 0 else { return }
        fsync(opened)
        close(opened)
    }

    /// The error for `step` on `path`, with the system's message for `errno` value `code`.
    static func failure(_ path: String, _ step: String, _ code: Int32) -> AtomicFile.WriteError {
        AtomicFile.WriteError(path: path, reason: "\(step): \(String(cString: strerror(code)))")
    }
}

/// The C library's `write`, which `StagedFile.write(_:)` hides inside the type.
private func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, bytes, count)
}
