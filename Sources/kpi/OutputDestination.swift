import ArgumentParser
import Foundation
import KPIChart
import KPICore

/// Where a command writes its result: a file, written atomically, or standard output for `-`.
enum OutputDestination: ExpressibleByArgument, Equatable {
    case file(String)
    case standardOutput

    init(argument: String) {
        self = argument == "-" ? .standardOutput : .file(argument)
    }

    /// The help of a `--bom` flag, on every command that writes CSV.
    static let byteOrderMarkHelp = ArgumentHelp(
        "Begin CSV with a UTF-8 byte-order mark, so that Excel on a Thai Windows reads it as UTF-8.")

    /// The file's path, `nil` for standard output.
    var path: String? {
        if case .file(let path) = self { return path }
        return nil
    }

    /// How messages name it.
    var name: String { path ?? "standard output" }

    /// Writes `data`: a file atomically (on failure it is as it was), or standard output.
    func write(_ data: Data) throws {
        switch self {
        case .file(let path): try AtomicFile.write(data, to: path)
        case .standardOutput: try FileHandle.standardOutput.write(contentsOf: data)
        }
    }

    /// The format of an image or document written here: `given` (`--format`), else the file's
    /// extension, else the first of `allowed` for standard output. Refuses a format outside
    /// `allowed`, a `given` format that the extension contradicts, and PNG or PDF bytes for
    /// standard output when it is a terminal.
    func format(_ given: OutputFormat?, allowed: [OutputFormat]) throws -> OutputFormat {
        let names = allowed.map { "." + $0.rawValue }.joined(separator: ", ")
        let named = path.flatMap(OutputFormat.init(path:))
        if let path {
            guard let named, allowed.contains(named) else {
                throw ValidationError("--output must end in \(names), or be - for standard output")
            }
            if let given, given != named {
                throw ValidationError("--format \(given.rawValue) but --output \(path) is \(named.rawValue)")
            }
            return named
        }
        let format = given ?? allowed[0]
        guard allowed.contains(format) else { throw ValidationError("--format must be one of \(names)") }
        if format != .svg, isatty(STDOUT_FILENO) != 0 {
            throw ValidationError(
                "--output -: standard output is a terminal, not for \(format.rawValue.uppercased()) bytes; redirect it (> file.\(format.rawValue)) or pipe it"
            )
        }
        return format
    }
}
