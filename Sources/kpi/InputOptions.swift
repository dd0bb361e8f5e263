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

    @Option(help: "An indicator catalog of your own (JSON, as Datasets/indicators.json) to add indicators without rebuilding.")
    var catalog: String?

    /// The summarizer over the built-in catalog, or over `--catalog` once it is checked.
    func summarizer() throws -> Summarizer {
        guard let catalog else { return Summarizer() }
        let loaded: IndicatorCatalog
        do { loaded = try IndicatorCatalog(contentsOf: catalog) } catch { throw ValidationError("--catalog: \(error)") }
        let missing = DatasetKind.builtInIndicatorIDs.filter { loaded[id: $0] == nil }
        guard missing.isEmpty else {
            throw ValidationError("--catalog: \(catalog) lacks the built-in indicators \(missing.joined(separator: ", ")); start from Datasets/indicators.json")
        }
        return Summarizer(catalog: loaded)
    }

    func validate() throws {
        guard !files.isEmpty else { throw ValidationError("give at least one input file") }
    }
}
