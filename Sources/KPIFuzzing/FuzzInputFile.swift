import Glibc

/// The bytes of one input saved as a file in a fresh temporary folder (the readers take paths),
/// removed when the value is released. Plain system calls: this runs for every fuzz input.
final class FuzzInputFile {
    let folder: String
    let path: String

    /// Thrown when the file cannot be made; its text is the system's reason.
    struct Failure: Error {
        let reason: String
    }

    init(_ bytes: UnsafeRawBufferPointer, name: String) throws(Failure) {
        let base = getenv("TMPDIR").map { String(cString: $0) } ?? "/tmp"
        var template = Array("\(base)/kpi-fuzz-XXXXXX".utf8CString)
        guard mkdtemp(&template) != nil else { throw Failure(reason: Self.systemError()) }
        folder = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        path = "\(folder)/\(name)"
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            rmdir(folder)
            throw Failure(reason: Self.systemError())
        }
        defer { close(descriptor) }
        var written = 0
        while written < bytes.count {
            let result = write(descriptor, bytes.baseAddress! + written, bytes.count - written)
            guard result > 0 || errno == EINTR else { throw Failure(reason: Self.systemError()) }
            written += max(0, result)
        }
    }

    deinit {
        unlink(path)
        rmdir(folder)
    }

    private static func systemError() -> String { String(cString: strerror(errno)) }
}
