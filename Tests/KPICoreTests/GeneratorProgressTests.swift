import Foundation
import KPICore
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `DatasetGenerator` reports progress through its callback and writes nothing to the terminal
/// itself, even when standard error is one (the `kpi` command draws the bar).
@Suite struct GeneratorProgressTests {
    /// Enough rows for two progress reports, and for the generation to take seconds in a debug
    /// build (a progress line would have appeared after one).
    static let rows = 600_000

    @Test func progressGoesToTheCallbackAndNothingToTheTerminal() throws {
        let folder = TestFiles()
        let path = folder.folder.appending(path: "progress-check.csv").path
        let request = try GenerationRequest(
            kind: .womensFund, rows: Self.rows, scale: nil, seed: 3, from: nil, to: nil,
            provinces: [], zones: [])
        let reports = Reports()
        let (rows, terminal) = try withTerminalOutput {
            try DatasetGenerator.generate(request, to: path) { reports.add($0) }
        }
        #expect(rows == DatasetGenerator.plannedRows(for: request))
        #expect(reports.all.count >= 2)
        #expect(reports.all.reduce(0, +) <= rows)
        #expect(reports.all.reduce(0, +) > rows / 2)
        // Other tests running meanwhile may print to the terminal too (progress lines of their
        // own among them): a generator's line would name its file.
        #expect(!terminal.contains("progress-check"), "the library wrote: \(terminal)")
    }

    /// Rows reported so far, from whatever thread reports them.
    final class Reports: @unchecked Sendable {
        private let lock = NSLock()
        private var reports: [Int] = []
        func add(_ rows: Int) { lock.withLock { reports.append(rows) } }
        var all: [Int] { lock.withLock { reports } }
    }

    /// Runs `body` with standard output and standard error on a new pseudo-terminal and returns
    /// its result and what was written to the terminal meanwhile (which is then passed on to
    /// the real standard error).
    func withTerminalOutput<T>(_ body: () throws -> T) throws -> (T, String) {
        let controller = Pseudoterminal.open(O_RDWR | O_NOCTTY)
        try #require(controller >= 0 && Pseudoterminal.grant(controller) == 0 && Pseudoterminal.unlock(controller) == 0)
        defer { close(controller) }
        let name = try #require(Pseudoterminal.name(controller))
        let terminal = open(name, O_RDWR | O_NOCTTY)
        try #require(terminal >= 0)
        #expect(isatty(terminal) == 1)
        let (savedOutput, savedError) = (dup(1), dup(2))
        dup2(terminal, 1)
        dup2(terminal, 2)
        let result = Result { try body() }
        dup2(savedOutput, 1)
        dup2(savedError, 2)
        close(savedOutput)
        close(savedError)
        close(terminal)

        var written: [UInt8] = []
        _ = fcntl(controller, F_SETFL, fcntl(controller, F_GETFL) | O_NONBLOCK)
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = read(controller, &buffer, buffer.count)
            guard count > 0 else { break }
            written += buffer[..<count]
        }
        FileHandle.standardError.write(Data(written))
        return (try result.get(), String(decoding: written, as: UTF8.self))
    }
}

/// The C library's pseudo-terminal functions, which the Glibc module leaves out (they need
/// `_XOPEN_SOURCE`), found by name.
enum Pseudoterminal {
    static let open = function("posix_openpt", as: (@convention(c) (CInt) -> CInt).self)
    static let grant = function("grantpt", as: (@convention(c) (CInt) -> CInt).self)
    static let unlock = function("unlockpt", as: (@convention(c) (CInt) -> CInt).self)
    static let name = function("ptsname", as: (@convention(c) (CInt) -> UnsafeMutablePointer<CChar>?).self)

    private static func function<Function>(_ name: String, as: Function.Type) -> Function {
        unsafeBitCast(dlsym(UnsafeMutableRawPointer(bitPattern: 0), name)!, to: Function.self)
    }
}
