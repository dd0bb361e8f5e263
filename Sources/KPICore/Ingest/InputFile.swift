#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// An open regular file read with `pread`, so that several threads can read it at once. Closed
/// when the last reference goes.
final class InputFile: Sendable {
    /// How errors name the file.
    let displayName: String
    /// Size in bytes when it was opened.
    let byteCount: Int
    private let descriptor: Int32

    init(path: String, displayName: String) throws(RowError) {
        self.displayName = displayName
        // Non-blocking, so that a FIFO without a writer is refused below instead of hanging here.
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw RowError(file: displayName, line: 0, reason: "cannot open the file: \(Self.systemError())")
        }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            let reason = "cannot read the file's size: \(Self.systemError())"
            close(descriptor)
            throw RowError(file: displayName, line: 0, reason: reason)
        }
        guard status.st_mode & S_IFMT == S_IFREG else {
            close(descriptor)
            let what =
                switch status.st_mode & S_IFMT {
                case S_IFIFO: "it is a FIFO (a pipe), not a regular file"
                case S_IFDIR: "it is a directory, not a regular file"
                case S_IFCHR, S_IFBLK: "it is a device, not a regular file"
                default: "it is not a regular file"
                }
            throw RowError(file: displayName, line: 0, reason: "\(what): give a saved data file")
        }
        self.descriptor = descriptor
        self.byteCount = Int(status.st_size)
    }

    /// The bytes written to `spill` so far, read through a descriptor of its own (the file stays
    /// while either is open). Throws (line 0) when no descriptor is left.
    init(sharing spill: SpillFile, displayName: String) throws(RowError) {
        let descriptor = dup(spill.descriptor)
        guard descriptor >= 0 else {
            throw RowError(
                file: displayName, line: 0,
                reason: "cannot reopen the temporary file (in TMPDIR): \(Self.systemError())")
        }
        _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC)
        self.displayName = displayName
        self.descriptor = descriptor
        byteCount = spill.length
    }

    deinit { close(descriptor) }

    /// Reads exactly `count` bytes at file offset `offset` into `buffer`.
    func read(into buffer: UnsafeMutableRawPointer, count: Int, at offset: Int) throws(RowError) {
        var done = 0
        while done < count {
            let result = pread(descriptor, buffer + done, count - done, off_t(offset + done))
            if result > 0 {
                done += result
            } else if result == 0 {
                throw RowError(file: displayName, line: 0, reason: "the file got shorter while it was being read")
            } else if errno != EINTR {
                throw RowError(file: displayName, line: 0, reason: "cannot read the file: \(Self.systemError())")
            }
        }
    }

    private static func systemError() -> String { String(cString: strerror(errno)) }
}
