import Foundation

/// Writes output files so that a reader sees the old content or the new, never a part, and a
/// failed run leaves nothing behind.
///
/// Writing to standard output when the user gives no path is the caller's business. Writers
/// that stream their output use `StagedFile`, which this is built on.
public enum AtomicFile {
    /// A write that failed; the file at `path` is as it was before.
    public struct WriteError: Error, Equatable, Sendable, CustomStringConvertible {
        /// The file that was to be written.
        public let path: String
        /// What failed, with the system's reason.
        public let reason: String

        package init(path: String, reason: String) {
            self.path = path
            self.reason = reason
        }

        /// `cannot write PATH: reason`, for people.
        public var description: String { "cannot write \(path): \(reason)" }
    }

    /// Writes `data` to `path`: into a new temporary file in the same directory, flushed to disk
    /// (`fsync`), then renamed over `path`, which keeps its permissions if it existed. On any
    /// failure the temporary file is removed and the error names `path`.
    public static func write(_ data: Data, to path: String) throws(WriteError) {
        let file = try StagedFile(path: path)
        // `Data.withUnsafeBytes` rethrows untyped errors, so the typed one travels as a Result.
        try data.withUnsafeBytes { bytes in Result { () throws(WriteError) in try file.write(bytes) } }.get()
        try file.commit()
    }
}
