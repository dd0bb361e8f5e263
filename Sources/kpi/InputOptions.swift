import ArgumentParser
import KPICore

extension DatasetKind: ExpressibleByArgument {}
extension TextEncoding: ExpressibleByArgument {}

/// The input files and how to read them, shared by the commands that read datasets.
struct InputOptions: ParsableArguments {
    @Argument(
        help:
            "Files of the data contract: CSV (comma, semicolon or tab; UTF-8, UTF-16 or --encoding) or Excel .xlsx (kinds inferred from their headers)."
    )
    var files: [String]

    @Option(
        help:
            "Dataset kind of every file, when the header does not tell: \(DatasetKind.allCases.map(\.rawValue).joined(separator: ", "))."
    )
    var kind: DatasetKind?

    @Option(
        help:
            "Character encoding of CSV files without a byte-order mark: utf-8, or tis-620 for Thai files exported as Windows-874."
    )
    var encoding: TextEncoding = .utf8

    @Option(help: "The sheet of Excel workbooks to read (default: the first).")
    var sheet: String?

    @Option(
        name: .customLong("column"),
        help: ArgumentHelp(
            "A header that names a contract column: CONTRACT=HEADER, e.g. loan_id=เลขที่สัญญา (repeatable; the contract's and the documented Thai names need none).",
            valueName: "CONTRACT=HEADER"))
    var columnNames: [String] = []

    /// How to read the files, from `--encoding`, `--sheet` and `--column`.
    func reading() throws -> ReadOptions {
        var columns: [String: String] = [:]
        for pair in columnNames {
            guard let equals = pair.firstIndex(of: "="), equals != pair.startIndex,
                pair.index(after: equals) != pair.endIndex
            else {
                throw ValidationError("--column \(pair): give CONTRACT=HEADER, e.g. loan_id=เลขที่สัญญา")
            }
            let contract = String(pair[..<equals])
            if let problem = HeaderNames.unknownContractColumn(contract) {
                throw ValidationError("--column \(pair): \(problem)")
            }
            columns[contract] = String(pair[pair.index(after: equals)...])
        }
        return ReadOptions(encoding: encoding, sheet: sheet, columns: columns)
    }

    @OptionGroup var catalog: CatalogOptions

    /// The summarizer over the built-in catalog, or over `--catalog` once it is checked.
    func summarizer() throws -> Summarizer {
        Summarizer(catalog: try catalog.load())
    }

    func validate() throws {
        guard !files.isEmpty else { throw ValidationError("give at least one input file") }
    }

    /// Refuses an output path that names one of the input files (however spelled or linked).
    func refuseOverwriting(_ output: String?, option: String = "--output") throws {
        guard let output, let input = FileIdentity.input(files, overwrittenBy: output) else { return }
        Diagnostics.print("kpi: \(option) \(output) is the input file \(input): choose another output path")
        throw ExitCode.failure
    }
}

/// `--as-of` and `--windows`: which 3-month windows a command compares.
struct WindowOptions: ParsableArguments {
    @Option(
        help:
            "Newest window's last month: YYYY-MM or that month's last day. Default: the end of the latest fiscal quarter that every periodic dataset covers (annual data such as bmn does not hold it back; annual data only: its latest month), stated on stderr.",
        transform: { text in
            do { return try DateParser.asOfMonth(text) } catch { throw ValidationError("\(error)") }
        })
    var asOf: YearMonth?

    @Option(help: Self.countHelp)
    var windows = 3

    /// The help of a `--windows` option, with its bounds and why.
    static let countHelp = ArgumentHelp(
        "How many consecutive 3-month windows: 1 to \(Window.maximumCount) (ten years of quarters, as far back as the department's series go)."
    )

    /// Checks a `--windows` count against `Window.maximumCount`.
    static func validateCount(_ windows: Int) throws {
        guard (1...Window.maximumCount).contains(windows) else {
            throw ValidationError("--windows must be 1 to \(Window.maximumCount) (ten years of quarters)")
        }
    }

    func validate() throws {
        try Self.validateCount(windows)
    }
}

extension InputOptions {
    /// The summary request for these inputs over `windows`' windows and the areas of `filter`.
    func request(_ windows: WindowOptions, filter: AreaFilter, skipInvalid: Bool = false) throws -> SummaryRequest {
        SummaryRequest(
            files: files, kind: kind, asOf: windows.asOf, windowCount: windows.windows,
            filter: filter, reading: try reading(), skipInvalid: skipInvalid)
    }
}
