#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An output file written under a temporary name in the target's directory and renamed to the
/// target only when complete, so a failed run never leaves a partial file under the target name.
struct StagedFile {
    /// The path the file gets when committed.
    let path: String
    /// The temporary path: a hidden file beside `path`.
    let temporaryPath: String
    /// Open for writing.
    let descriptor: Int32

    /// Creates the temporary file beside `path`.
    init(path: String) throws(GenerationError) {
        let slash = path.lastIndex(of: "/")
        let directory = slash.map { String(path[...$0]) } ?? ""
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        self.path = path
        temporaryPath = "\(directory).\(name).\(getpid()).tmp"
        descriptor = open(temporaryPath, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw .cannotWrite(path, reason: Self.reason(errno)) }
    }

    /// Closes the file and gives it its final name; on failure removes it.
    func commit() throws(GenerationError) {
        guard close(descriptor) == 0 else { throw failure(errno) }
        guard rename(temporaryPath, path) == 0 else { throw failure(errno) }
    }

    /// Closes and removes the file.
    func discard() {
        close(descriptor)
        unlink(temporaryPath)
    }

    /// The error for `code`, once the temporary file is removed.
    private func failure(_ code: Int32) -> GenerationError {
        unlink(temporaryPath)
        return .cannotWrite(path, reason: Self.reason(code))
    }

    /// The system's message for an `errno` value.
    static func reason(_ code: Int32) -> String {
        String(cString: strerror(code))
    }
}
