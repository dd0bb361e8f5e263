#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Which file a path names, links followed: its device and inode. Two paths with the same
/// identity are one file, however they are spelled.
package struct FileIdentity: Hashable, Sendable {
    private let device: UInt64
    private let inode: UInt64

    /// The identity of the file at `path`, or `nil` when there is none (or it cannot be seen).
    package init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        device = UInt64(truncatingIfNeeded: info.st_dev)  // dev_t is signed on Darwin
        inode = UInt64(info.st_ino)
    }

    /// The first path of `paths` that names the same file as an earlier one, with that earlier
    /// path; `nil` when every path names a file of its own.
    package static func firstRepeat(in paths: [String]) -> (path: String, sameAs: String)? {
        var seen: [FileIdentity: String] = [:]
        for path in paths {
            guard let identity = FileIdentity(path: path) else { continue }
            if let earlier = seen[identity] { return (path, earlier) }
            seen[identity] = path
        }
        return nil
    }

    /// The path of `inputs` that `output` would overwrite, if any: an output must never replace
    /// the data it is made from.
    package static func input(_ inputs: [String], overwrittenBy output: String) -> String? {
        guard let target = FileIdentity(path: output) else { return nil }
        return inputs.first { FileIdentity(path: $0) == target }
    }
}
