import ArgumentParser
import KPICore

extension DatasetKind: ExpressibleByArgument {}
extension TextEncoding: ExpressibleByArgument {}

/// The input files and how to read them, shared by the commands that read datasets.
struct InputOptions: ParsableArguments {
    @Argument(help: "CSV files of the data contract (kinds inferred from their headers).")
    var files: [String]

    @Option(help: "Dataset kind of every file, when the header does not tell: \(DatasetKind.allCases.map(\.rawValue).joined(separator: ", ")).")
    var kind: DatasetKind?

    @Option(help: "Character encoding: utf-8, or tis-620 for Thai files exported as Windows-874.")
    var encoding: TextEncoding = .utf8

    func validate() throws {
        guard !files.isEmpty else { throw ValidationError("give at least one input file") }
    }
}
