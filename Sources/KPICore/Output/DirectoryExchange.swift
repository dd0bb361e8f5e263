#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Renames that put one folder in place of another in a single step where the system allows.
enum DirectoryExchange {
    /// `renameat2(2)`, which Glibc's Swift module does not export (it needs `_GNU_SOURCE`); `nil`
    /// where the C library lacks it.
    private typealias RenameAt2 =
        @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
    private static let renameat2: RenameAt2? = {
        #if os(Linux)
            guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "renameat2") else { return nil }
            return unsafeBitCast(symbol, to: RenameAt2.self)
        #else
            return nil
        #endif
    }()
    /// `RENAME_EXCHANGE` of `<linux/fs.h>`.
    private static let exchangeFlag: UInt32 = 1 << 1

    /// Swaps the names of the existing `first` and `second` at once (Linux `RENAME_EXCHANGE`):
    /// true on success; false, with `errno` set, when it failed or the system or file system
    /// cannot swap (`EINVAL`, `ENOSYS`).
    static func exchange(_ first: String, _ second: String) -> Bool {
        guard let renameat2 else {
            errno = ENOSYS
            return false
        }
        return renameat2(AT_FDCWD, first, AT_FDCWD, second, exchangeFlag) == 0
    }

    /// True when a failed `exchange` failed only because the system cannot swap, so that two
    /// renames must do instead.
    static func isUnsupported(_ code: Int32) -> Bool { code == EINVAL || code == ENOSYS }
}
