import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A folder of output files written aside and put in place of its target only when complete,
/// together with another output or not at all: a reader sees the old folder or the new, never a
/// mix, and a failed run leaves the old folder as it was and nothing else behind.
///
/// The files go into a hidden staging folder beside the target (`.NAME.tmp-PID-RANDOM`, on the
/// same file system), each written with `AtomicFile`. `commit(alongside:)` then swaps it with the
/// target in one step (Linux `renameat2` `RENAME_EXCHANGE`; where the file system cannot, the old
/// folder is renamed aside and the new one in), runs the other output's commit, and removes the
/// old folder; when that commit fails the swap is undone. Dropping the value without committing
/// removes the staging folder.
///
/// Runs that commit folders in the same parent folder take turns: each holds an exclusive
/// `flock` on the parent folder from the swap to the end of the other output's commit, so two
/// runs writing the same target (a Thai and an English briefing, say) end with the files of one
/// of them, folder and other output alike. The lock is on the folder itself, so there is no lock
/// file to leave behind, and the system releases it when a run ends, killed or not. A run killed
/// while staging leaves its hidden staging folder; the next commit beside it removes it once the
/// process that made it is gone.
package final class StagedDirectory {
    /// The folder's path, as given (how errors name it).
    package let path: String
    /// The target with symbolic links followed, and its parent folder.
    private let target: String
    private let parent: String
    /// Where the files are written until the commit.
    private let staging: String
    private var isCommitted = false

    /// Prepares to write the folder `path`: checks that it is a folder or does not exist, and
    /// that its parent folder does, and creates the staging folder.
    package init(path: String) throws(AtomicFile.WriteError) {
        self.path = path
        var target = path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path
        var info = stat()
        if lstat(target, &info) == 0, info.st_mode & S_IFMT == S_IFLNK {
            guard let resolved = realpath(target, nil) else {
                throw StagedFile.failure(path, "it is a symbolic link to a missing folder", errno)
            }
            target = String(cString: resolved)
            free(resolved)
        }
        let slash = target.lastIndex(of: "/")
        parent = slash.map { $0 == target.startIndex ? "/" : String(target[..<$0]) } ?? "."
        self.target = target
        try Self.checkFolder(parent, path: path)
        if stat(target, &info) == 0 {
            guard info.st_mode & S_IFMT == S_IFDIR else {
                throw AtomicFile.WriteError(path: path, reason: "a file of that name exists, not a folder")
            }
        } else if errno != ENOENT {
            throw StagedFile.failure(path, "cannot look at it", errno)
        }
        staging = try Self.makeStagingFolder(for: target, path: path)
    }

    deinit {
        if !isCommitted { Self.removeTree(staging) }
    }

    /// Writes `data` as the file `name` of the folder.
    package func write(_ data: Data, named name: String) throws(AtomicFile.WriteError) {
        do {
            try AtomicFile.write(data, to: "\(staging)/\(name)")
        } catch {
            throw AtomicFile.WriteError(path: path, reason: "\(name): \(error.reason)")
        }
    }

    /// Puts the folder in place of the target, then runs `other` (the commit of the output that
    /// goes with it), all under the parent folder's lock. When `other` throws, the target is put
    /// back as it was and the error rethrown; either way the staging folder is gone afterwards.
    package func commit(alongside other: () throws -> Void) throws {
        let lock = try lockParent()
        defer { close(lock) }
        removeAbandonedStagingFolders()
        StagedFile.syncDirectory(staging)
        let swap = try putInPlace()
        isCommitted = true
        do {
            try other()
        } catch {
            swap.undo(target: target, staging: staging)
            Self.removeTree(staging)
            throw error
        }
        swap.finish(staging: staging)
        StagedFile.syncDirectory(parent)
    }

    // MARK: - Private

    /// How the new folder took the target's place, and so how to undo it.
    private enum Swap {
        /// The target did not exist; the new folder was renamed to it.
        case created
        /// The two were swapped in one step: the old folder has the staging name.
        case exchanged
        /// The old folder was renamed to `aside`, the new one in.
        case renamed(aside: String)

        /// Puts the old target back, and the new folder at `staging`.
        func undo(target: String, staging: String) {
            switch self {
            case .created:
                rename(target, staging)
            case .exchanged:
                _ = DirectoryExchange.exchange(target, staging)
            case .renamed(let aside):
                rename(target, staging)
                rename(aside, target)
            }
        }

        /// Removes the old target, now at `staging` or aside.
        func finish(staging: String) {
            switch self {
            case .created: break
            case .exchanged: StagedDirectory.removeTree(staging)
            case .renamed(let aside): StagedDirectory.removeTree(aside)
            }
        }
    }

    /// Renames the staging folder to the target: swapped with it if it exists (or by two
    /// renames where the file system cannot swap), else renamed.
    private func putInPlace() throws(AtomicFile.WriteError) -> Swap {
        var info = stat()
        if stat(target, &info) != 0 {
            guard rename(staging, target) == 0 else {
                throw StagedFile.failure(path, "cannot rename the new folder into place", errno)
            }
            return .created
        }
        guard info.st_mode & S_IFMT == S_IFDIR else {
            throw AtomicFile.WriteError(path: path, reason: "a file of that name exists, not a folder")
        }
        if DirectoryExchange.exchange(staging, target) { return .exchanged }
        guard DirectoryExchange.isUnsupported(errno) else {
            throw StagedFile.failure(path, "cannot swap the new folder into place", errno)
        }
        let aside = try Self.freeName(for: target, path: path)
        guard rename(target, aside) == 0 else {
            throw StagedFile.failure(path, "cannot move the old folder aside", errno)
        }
        guard rename(staging, target) == 0 else {
            let code = errno
            rename(aside, target)
            throw StagedFile.failure(path, "cannot rename the new folder into place", code)
        }
        return .renamed(aside: aside)
    }

    /// Opens the parent folder and takes its exclusive lock, waiting for another run's commit.
    private func lockParent() throws(AtomicFile.WriteError) -> Int32 {
        let descriptor = open(parent, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { throw StagedFile.failure(path, "cannot open its parent folder \(parent)", errno) }
        while flock(descriptor, LOCK_EX) != 0 {
            guard errno == EINTR else {
                let code = errno
                close(descriptor)
                throw StagedFile.failure(path, "cannot lock its parent folder \(parent)", code)
            }
        }
        return descriptor
    }

    /// Removes the staging folders of this target that runs killed while staging left behind:
    /// those whose process is gone. Called under the lock; best effort.
    private func removeAbandonedStagingFolders() {
        let prefix = Self.stagingPrefix(for: target)
        let namePrefix = prefix.lastIndex(of: "/").map { prefix[prefix.index(after: $0)...] } ?? prefix[...]
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: parent) else { return }
        for name in names where name.hasPrefix(namePrefix) {
            guard let pid = name.dropFirst(namePrefix.count).split(separator: "-").first.flatMap({ Int32($0) }),
                pid != getpid(), kill(pid, 0) != 0, errno == ESRCH
            else { continue }
            Self.removeTree("\(parent)/\(name)")
        }
    }

    /// Throws unless `folder`, the parent of `path`, is an existing folder.
    private static func checkFolder(_ folder: String, path: String) throws(AtomicFile.WriteError) {
        var info = stat()
        guard stat(folder, &info) == 0 else {
            switch errno {
            case ENOENT: throw AtomicFile.WriteError(path: path, reason: "the folder \(folder) does not exist")
            case ENOTDIR: throw AtomicFile.WriteError(path: path, reason: "a part of \(folder) is a file, not a folder")
            default: throw StagedFile.failure(path, "cannot look at the folder \(folder)", errno)
            }
        }
        guard info.st_mode & S_IFMT == S_IFDIR else {
            throw AtomicFile.WriteError(path: path, reason: "\(folder) is a file, not a folder")
        }
    }

    /// Creates the staging folder beside `target`, with the permissions `mkdir` gives.
    private static func makeStagingFolder(for target: String, path: String) throws(AtomicFile.WriteError) -> String {
        for _ in 0..<16 {
            let candidate = try freeName(for: target, path: path)
            if mkdir(candidate, 0o777) == 0 { return candidate }
            guard errno == EEXIST else { break }
        }
        throw StagedFile.failure(path, "cannot create a folder beside it", errno)
    }

    /// A hidden name beside `target` that does not exist yet: `.NAME.tmp-PID-RANDOM`.
    private static func freeName(for target: String, path: String) throws(AtomicFile.WriteError) -> String {
        for _ in 0..<16 {
            let candidate = "\(stagingPrefix(for: target))\(getpid())-\(UInt32.random(in: .min ... .max))"
            var info = stat()
            if lstat(candidate, &info) != 0, errno == ENOENT { return candidate }
        }
        throw AtomicFile.WriteError(path: path, reason: "cannot find a free name beside it")
    }

    /// The start of the staging names of `target`: `DIR/.NAME.tmp-`.
    private static func stagingPrefix(for target: String) -> String {
        let nameStart = target.lastIndex(of: "/").map(target.index(after:)) ?? target.startIndex
        return "\(target[..<nameStart]).\(target[nameStart...]).tmp-"
    }

    /// Removes `path` and everything in it; best effort.
    fileprivate static func removeTree(_ path: String) {
        try? FileManager.default.removeItem(atPath: path)
    }
}
