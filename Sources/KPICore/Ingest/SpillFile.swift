import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// An unnamed temporary file (gone when closed, or when the process ends) that holds what would
/// not fit in memory, written and read back by offset.
final class SpillFile {
    /// The open file, for a reader that shares it (`InputFile(sharing:displayName:)`).
    let descriptor: Int32
    /// Bytes written so far; the next write goes here.
    private(set) var length = 0

    /// `TMPDIR`, or `/tmp` when it is not set.
    static var temporaryDirectory: String {
        getenv("TMPDIR").map { String(cString: $0) }.flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
    }

    /// A new temporary file in `directory`, or `nil` (with `errno` set) when none can be made.
    init?(directory: String = SpillFile.temporaryDirectory) {
        if let unnamed = UnnamedFile.create(in: directory, access: O_RDWR) {
            descriptor = unnamed
            return
        }
        var template = Array("\(directory)/kpi-spill-XXXXXX".utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { return nil }
        // Unnamed from now on: the file goes when it is closed, however the process ends.
        template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
        self.descriptor = descriptor
    }

    private static let unusableNoted = Mutex(false)

    /// Why `SpillFile()` just gave `nil`: the folder and the system's reason (from `errno`).
    static func unusableReason() -> String {
        "no temporary file can be made in \(temporaryDirectory) (TMPDIR): \(String(cString: strerror(errno)))"
    }

    /// Says once per process, on stderr, why `SpillFile()` just gave `nil`, for a caller that
    /// keeps the data in memory instead.
    static func noteUnusable() {
        let reason = unusableReason()
        let first = unusableNoted.withLock { noted in
            defer { noted = true }
            return !noted
        }
        guard first else { return }
        let note = "kpi: note: \(reason); keeping the data in memory instead\n"
        var bytes = Array(note.utf8)
        _ = write(STDERR_FILENO, &bytes, bytes.count)
    }

    deinit { close(descriptor) }

    /// Appends `count` bytes and returns the offset they were written at, or `nil` when the
    /// write fails (the disk is full): the caller keeps the bytes instead.
    func append(_ bytes: UnsafeRawPointer, count: Int) -> Int? {
        var done = 0
        while done < count {
            let result = pwrite(descriptor, bytes + done, count &- done, off_t(length &+ done))
            if result > 0 {
                done &+= result
            } else if result < 0, errno == EINTR {
                continue
            } else {
                return nil
            }
        }
        defer { length &+= count }
        return length
    }

    /// Reads `count` bytes written at `offset` into `buffer`. Fails only when the file can no
    /// longer be read.
    func read(into buffer: UnsafeMutableRawPointer, count: Int, at offset: Int) throws(SpillError) {
        var done = 0
        while done < count {
            let result = pread(descriptor, buffer + done, count &- done, off_t(offset &+ done))
            if result > 0 {
                done &+= result
            } else if result < 0, errno == EINTR {
                continue
            } else {
                throw SpillError(
                    reason: result == 0 ? "it is shorter than was written" : String(cString: strerror(errno)))
            }
        }
    }
}

/// A temporary file that could not be read back.
struct SpillError: Error {
    let reason: String
}
