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

    @OptionGroup var catalog: CatalogOptions

    /// The summarizer over the built-in catalog, or over `--catalog` once it is checked.
    func summarizer() throws -> Summarizer {
        Summarizer(catalog: try catalog.load())
    }

    func validate() throws {
        guard !files.isEmpty else { throw ValidationError("give at least one input file") }
    }
}

/// `--as-of` and `--windows`: which 3-month windows a command compares.
struct WindowOptions: ParsableArguments {
    @Option(help: "Newest window's last month: YYYY-MM or that month's last day. Default: the end of the latest fiscal quarter that every periodic dataset covers (annual data such as bmn does not hold it back; annual data only: its latest month), stated on stderr.")
    var asOf: String?

    @Option(help: Self.countHelp)
    var windows = 3

    /// The help of a `--windows` option, with its bounds and why.
    static let countHelp = ArgumentHelp("How many consecutive 3-month windows: 1 to \(Window.maximumCount) (ten years of quarters, as far back as the department's series go).")

    /// Checks a `--windows` count against `Window.maximumCount`.
    static func validateCount(_ windows: Int) throws {
        guard (1...Window.maximumCount).contains(windows) else {
            throw ValidationError("--windows must be 1 to \(Window.maximumCount) (ten years of quarters)")
        }
    }

    func validate() throws {
        try Self.validateCount(windows)
        if let asOf { do { _ = try DateParser.asOfMonth(asOf) } catch { throw ValidationError("--as-of: \(error)") } }
    }
}

extension InputOptions {
    /// The summary request for these inputs over `windows`' windows and the areas of `filter`.
    func request(_ windows: WindowOptions, filter: AreaFilter, skipInvalid: Bool = false) throws -> SummaryRequest {
        SummaryRequest(files: files, kind: kind, asOf: try windows.asOf.map(DateParser.asOfMonth), windowCount: windows.windows,
                       filter: filter, encoding: encoding, skipInvalid: skipInvalid)
    }
}
