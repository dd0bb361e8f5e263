import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A whole child process, measured from outside: wall time from spawn to exit, CPU time and the
/// peak resident memory the kernel reports for it (`wait4`'s `ru_maxrss`).
struct ChildRun {
    let wallSeconds: Double
    let userSeconds: Double
    let systemSeconds: Double
    let peakBytes: Int

    var peakMiB: Double { Double(peakBytes) / 1_048_576 }
}

struct ChildFailure: Error, CustomStringConvertible {
    let description: String
}

enum ChildProcess {
    /// Runs `arguments` (the first found on PATH) with standard output sent to `stdout`, pinned
    /// to `cpus` with taskset when given; throws when it cannot start or exits non-zero.
    static func run(_ arguments: [String], cpus: String? = nil, stdout: String = "/dev/null") throws -> ChildRun {
        let argv = (cpus.map { ["taskset", "-c", $0] } ?? []) + arguments
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, stdout, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        let cArguments: [UnsafeMutablePointer<CChar>?] = argv.map { strdup($0) } + [nil]
        defer { for argument in cArguments { free(argument) } }

        var pid: pid_t = 0
        let start = now()
        let spawned = posix_spawnp(&pid, argv[0], &actions, nil, cArguments, environ)
        guard spawned == 0 else { throw ChildFailure(description: "cannot start \(argv[0]): \(String(cString: strerror(spawned)))") }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) == -1 && errno == EINTR {}
        let wall = Double(now() - start) / 1e9
        let signal = status & 0x7f, exitCode = (status >> 8) & 0xff
        guard signal == 0, exitCode == 0 else {
            throw ChildFailure(description: "\(argv.joined(separator: " ")) " + (signal != 0 ? "was killed by signal \(signal)" : "exited with \(exitCode)"))
        }
        func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
        return ChildRun(wallSeconds: wall, userSeconds: seconds(usage.ru_utime), systemSeconds: seconds(usage.ru_stime),
                        peakBytes: usage.ru_maxrss * 1024)
    }
}
