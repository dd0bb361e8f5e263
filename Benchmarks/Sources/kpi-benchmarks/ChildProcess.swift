import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A whole child process, measured from outside: wall time from spawn to exit, CPU time and the
/// peak resident memory of the measured command.
struct ChildRun {
    let wallSeconds: Double
    let userSeconds: Double
    let systemSeconds: Double
    let peakBytes: Int

    var peakMiB: Double { Double(peakBytes) / 1_048_576 }
}

/// The timed runs of one command (see `ChildProcess.measure`): the figures every process
/// benchmark reports.
struct ChildRuns {
    let runs: [ChildRun]

    var medianSeconds: Double { runs.map(\.wallSeconds).median }
    var minSeconds: Double { runs.map(\.wallSeconds).min()! }
    /// The median of user + system time: both cores' work when the process runs on two.
    var cpuSeconds: Double { runs.map { $0.userSeconds + $0.systemSeconds }.median }
    /// The highest peak of any run.
    var peakMiB: Double { runs.map(\.peakMiB).max()! }
}

struct ChildFailure: Error, CustomStringConvertible {
    let description: String
}

enum ChildProcess {
    /// Runs `arguments` (the first found on PATH) with standard output sent to `stdout`, pinned
    /// to `cpus` with taskset when given; throws when it cannot start or exits non-zero.
    ///
    /// The command runs under `/usr/bin/time`, which reports its child's CPU time and peak
    /// resident memory (`ru_maxrss`). Not `wait4` on our own child: Linux carries the peak of
    /// the memory a process replaces at `exec` into its `ru_maxrss`, and `posix_spawn` (like
    /// `fork`) starts the child in a copy of this process, so its figure would never be less
    /// than this benchmark's own size. `/usr/bin/time` is small, so its child's figure is the
    /// command's own (the same measurement `peers/compare.py` makes).
    static func run(_ arguments: [String], cpus: String? = nil, stdout: String = "/dev/null") throws -> ChildRun {
        let report = FileManager.default.temporaryDirectory.appendingPathComponent("kpi-benchmarks-time-\(getpid())")
            .path
        defer { try? FileManager.default.removeItem(atPath: report) }
        let argv =
            ["/usr/bin/time", "-f", "%U %S %M", "-o", report] + (cpus.map { ["taskset", "-c", $0] } ?? []) + arguments
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, stdout, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        let cArguments: [UnsafeMutablePointer<CChar>?] = argv.map { strdup($0) } + [nil]
        defer { for argument in cArguments { free(argument) } }

        var pid: pid_t = 0
        let start = now()
        let spawned = posix_spawn(&pid, argv[0], &actions, nil, cArguments, environ)
        guard spawned == 0 else {
            throw ChildFailure(description: "cannot start \(argv[0]): \(String(cString: strerror(spawned)))")
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let wall = Double(now() - start) / 1e9
        let signal = status & 0x7f
        let exitCode = (status >> 8) & 0xff
        guard signal == 0, exitCode == 0 else {
            throw ChildFailure(
                description: "\(arguments.joined(separator: " ")) "
                    + (signal != 0 ? "was killed by signal \(signal)" : "exited with \(exitCode)"))
        }
        // The report's last line: "USER SYSTEM PEAK_KIB".
        let said =
            try String(contentsOfFile: report, encoding: .utf8).split(separator: "\n").last?.split(separator: " ") ?? []
        guard said.count == 3, let user = Double(said[0]), let system = Double(said[1]), let peak = Int(said[2]) else {
            throw ChildFailure(description: "cannot read /usr/bin/time's report in \(report)")
        }
        return ChildRun(wallSeconds: wall, userSeconds: user, systemSeconds: system, peakBytes: peak * 1024)
    }

    /// Runs `arguments` once to warm up (its inputs then sit in the page cache), then `runs`
    /// times measured, output thrown away.
    static func measure(_ arguments: [String], cpus: String?, runs: Int) throws -> ChildRuns {
        precondition(runs > 0, "no runs to measure")
        _ = try run(arguments, cpus: cpus)
        return ChildRuns(runs: try (0..<runs).map { _ in try run(arguments, cpus: cpus) })
    }
}
