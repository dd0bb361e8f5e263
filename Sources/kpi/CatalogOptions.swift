import ArgumentParser
import KPICore

/// `--catalog`: an indicator catalog of the analyst's own instead of the built-in one.
struct CatalogOptions: ParsableArguments {
    @Option(
        help:
            "An indicator catalog of your own (JSON, as Datasets/indicators.json) to add indicators without rebuilding."
    )
    var catalog: String?

    /// The built-in catalog, or `--catalog` once it is checked (it must keep the built-in indicators).
    func load() throws -> IndicatorCatalog {
        guard let catalog else { return .bundled }
        let loaded: IndicatorCatalog
        do { loaded = try IndicatorCatalog(contentsOf: catalog) } catch { throw ValidationError("--catalog: \(error)") }
        let missing = DatasetKind.builtInIndicatorIDs.filter { loaded[id: $0] == nil }
        guard missing.isEmpty else {
            throw ValidationError(
                "--catalog: \(catalog) lacks the built-in indicators \(missing.joined(separator: ", ")); start from Datasets/indicators.json"
            )
        }
        return loaded
    }
}
