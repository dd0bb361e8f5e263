#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Files without a name (Linux `O_TMPFILE`): a run killed while writing one leaves nothing on
/// disk, and a complete one gets its name only when linked.
enum UnnamedFile {
    #if os(Linux)
        /// `O_TMPFILE`, which Glibc's Swift module does not export: `__O_TMPFILE | O_DIRECTORY` (the
        /// value of every mainstream Linux architecture).
        private static let temporaryFlag = Int32(0o2000_0000) | O_DIRECTORY
    #endif

    /// A new unnamed file in `directory`, open for `access` (`O_WRONLY` or `O_RDWR`), or `nil`
    /// when the system or the file system does not make them (`errno` tells why). Elsewhere than
    /// Linux always `nil`: callers then write a named temporary file (`mkstemp`, `O_EXCL`).
    static func create(in directory: String, access: Int32) -> Int32? {
        #if os(Linux)
            let descriptor = open(directory, temporaryFlag | access | O_CLOEXEC, 0o666)
            return descriptor >= 0 ? descriptor : nil
        #else
            return nil
        #endif
    }

    /// Gives the unnamed file open as `descriptor` the name `path`; false (with `errno` set)
    /// when it cannot, as when `path` exists. Only Linux makes unnamed files (`create`), and
    /// names one through `/proc/self/fd`; elsewhere there is none to link, and this is false.
    static func link(_ descriptor: Int32, to path: String) -> Bool {
        #if os(Linux)
            linkat(AT_FDCWD, "/proc/self/fd/\(descriptor)", AT_FDCWD, path, AT_SYMLINK_FOLLOW) == 0
        #else
            false
        #endif
    }
}
