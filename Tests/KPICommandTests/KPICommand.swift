import Foundation
import Testing

/// Runs the built `kpi` command (or another executable of the package) as a user would, in a
/// fresh temporary folder.
final class KPICommand {
    /// What one run gave.
    struct Result {
        var status: Int32
        var standardOutput: Data
        var standardError: String
        /// Standard output as UTF-8 text.
        var text: String { String(decoding: standardOutput, as: UTF8.self) }
    }

    /// The package's folder (Datasets/ is under it).
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The path of a file of the sample data, e.g. `womens-fund.csv`.
    static func sample(_ name: String) -> String { packageRoot.appending(path: "Datasets/sample/\(name)").path }

    /// The working folder of the runs, removed when the value is released.
    let folder: URL
    private let executable: URL

    /// Runs `program`, an executable target of the package (`kpi`, or an example).
    init(program: String = "kpi") throws {
        // `swift test` builds every product beside the test bundle.
        let buildFolder =
            Bundle.main.bundleURL.pathExtension == "xctest"
            ? Bundle.main.bundleURL.deletingLastPathComponent() : Bundle.main.bundleURL
        let candidates = [
            buildFolder.appending(path: program), Self.packageRoot.appending(path: ".build/debug/\(program)"),
        ]
        executable = try #require(
            candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) },
            "no built \(program) in \(candidates.map(\.path))")
        folder = FileManager.default.temporaryDirectory.appending(path: "chumchonkpi-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    /// Runs `kpi arguments…` with standard output and error to files (never a terminal).
    func run(_ arguments: String...) throws -> Result { try run(arguments) }

    /// Runs `kpi` with `arguments`, standard output and error to files (never a terminal), with
    /// `environment` added to this process's.
    func run(_ arguments: [String], environment: [String: String] = [:]) throws -> Result {
        let outputURL = folder.appending(path: ".stdout")
        let errorURL = folder.appending(path: ".stderr")
        try Data().write(to: outputURL)
        try Data().write(to: errorURL)
        let output = try FileHandle(forWritingTo: outputURL)
        let error = try FileHandle(forWritingTo: errorURL)
        defer {
            try? output.close()
            try? error.close()
        }
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        process.currentDirectoryURL = folder
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = output
        process.standardError = error
        try process.run()
        process.waitUntilExit()
        defer {
            try? FileManager.default.removeItem(at: outputURL)
            try? FileManager.default.removeItem(at: errorURL)
        }
        return Result(
            status: process.terminationStatus, standardOutput: try Data(contentsOf: outputURL),
            standardError: String(decoding: try Data(contentsOf: errorURL), as: UTF8.self))
    }

    /// Runs `kpi` with each of `argumentLists` at the same time, their output discarded, and
    /// returns their exit statuses once all have ended.
    func runTogether(_ argumentLists: [[String]]) throws -> [Int32] {
        let processes = argumentLists.map { arguments in
            let process = Process()
            process.executableURL = executable
            process.arguments = arguments
            process.currentDirectoryURL = folder
            process.standardInput = FileHandle.nullDevice
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            return process
        }
        for process in processes { try process.run() }
        return processes.map { process in
            process.waitUntilExit()
            return process.terminationStatus
        }
    }

    /// The names of the files in the working folder.
    func files() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { !$0.hasPrefix(".std") }.sorted()
    }
}
