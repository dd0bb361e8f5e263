import ArgumentParser
import Foundation
import KPICore

/// `kpi indicators`: the indicator catalog, for choosing ids and writing catalogs of one's own.
struct Indicators: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the indicators of the catalog: id, name, unit, kind, cadence, direction and target.",
        discussion: """
            The built-in catalog (Datasets/indicators.json), or --catalog FILE. The table shows \
            each name in the --lang language and a ratio's target as a percent; csv and json carry \
            both names and the catalog's own fields (json is a catalog file to start your own from: \
            kpi indicators --format json > my-indicators.json).
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, csv, json }

    @OptionGroup var catalog: CatalogOptions

    @Option(help: "Output format: table (for people), csv or json.")
    var format: Format = .table

    @Flag(help: OutputDestination.byteOrderMarkHelp)
    var bom = false

    @OptionGroup var presentation: PresentationOptions

    func validate() throws {
        if bom, format != .csv { throw ValidationError("--bom is for --format csv") }
    }

    func run() throws {
        let listing = CatalogListing(try catalog.load())
        let text: String
        switch format {
        case .table: text = presentation.digits.apply(to: listing.table(language: presentation.language).rendered())
        case .csv: text = listing.csv(byteOrderMark: bom)
        case .json: text = listing.json()
        }
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}
