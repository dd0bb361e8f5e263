import Foundation

/// A program on this machine that the tests use to read what the writers made (unzip, Debian's
/// python3, LibreOffice); tests that need one are enabled only where it is installed.
struct ExternalTool {
    let path: String

    /// `name` found in `PATH`, or `nil`.
    init?(_ name: String) {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        guard
            let found = folders.map({ "\($0)/\(name)" }).first(where: {
                FileManager.default.isExecutableFile(atPath: $0)
            })
        else {
            return nil
        }
        path = found
    }

    /// The program at `path`, if it is there.
    init?(path: String) {
        guard FileManager.default.isExecutableFile(atPath: path) else { return nil }
        self.path = path
    }

    /// Debian's python3 (the standard library only), which CI has.
    static let systemPython = ExternalTool(path: "/usr/bin/python3")
    static let unzip = ExternalTool("unzip")
    static let libreOffice = ExternalTool("soffice") ?? ExternalTool("libreoffice")
    /// A python3 that can import openpyxl (pip's), if any.
    static let openpyxlPython: ExternalTool? = {
        guard let python = ExternalTool("python3"), (try? python.run(["-c", "import openpyxl"]).status) == 0 else {
            return nil
        }
        return python
    }()

    /// Runs the program with `arguments` and waits: its exit status, standard output and error.
    func run(_ arguments: [String]) throws -> (status: Int32, output: String, errors: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        // Standard error goes to a file, so that neither it nor the output pipe can fill and stall.
        let errorFile = FileManager.default.temporaryDirectory.appending(
            path: "chumchonkpi-stderr-\(UUID().uuidString)")
        try Data().write(to: errorFile)
        defer { try? FileManager.default.removeItem(at: errorFile) }
        let output = Pipe()
        process.standardOutput = output
        process.standardError = try FileHandle(forWritingTo: errorFile)
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let errors = (try? String(contentsOf: errorFile, encoding: .utf8)) ?? ""
        return (process.terminationStatus, String(decoding: outputData, as: UTF8.self), errors)
    }
}
