/// Why a zip archive could not be made. The archives written are plain zip (no zip64), so every
/// size and offset must stay under 4 GiB and there may be at most 65,535 entries.
package enum ZipWriteError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The entry's content, compressed or not, would reach 4 GiB.
    case entryTooLarge(name: String)
    /// The archive would reach 4 GiB, so an entry's offset no longer fits.
    case archiveTooLarge
    /// More entries than the end of the archive can count.
    case tooManyEntries
    /// zlib failed (`code` is its return value); it does not on valid use.
    case compressionFailed(name: String, code: Int32)

    package var description: String {
        switch self {
        case .entryTooLarge(let name): return "zip entry \(name) would reach 4 GiB, more than a zip without zip64 holds"
        case .archiveTooLarge: return "the zip archive would reach 4 GiB, more than a zip without zip64 holds"
        case .tooManyEntries: return "more than 65,535 entries in one zip archive"
        case .compressionFailed(let name, let code): return "zlib failed (code \(code)) while compressing \(name)"
        }
    }
}
