/// The record-level datasets of the data contract: the kinds of `DatasetRegistry`, each
/// described by its `DatasetDefinition` (Datasets/KIND/), named by its contract name.
public struct DatasetKind: RawRepresentable, CaseIterable, Hashable, Sendable, CustomStringConvertible {
    /// The kind's description.
    let definition: any DatasetDefinition.Type

    /// A kind of `definition`; public kinds are the static members, one per definition file.
    init(_ definition: any DatasetDefinition.Type) { self.definition = definition }

    /// The kind named `rawValue` (`womens-fund`), or `nil` when none is.
    public init?(rawValue: String) {
        guard let definition = DatasetRegistry.definitions.first(where: { $0.name == rawValue }) else { return nil }
        self.definition = definition
    }

    /// The kind's name in the contract and on the command line (`womens-fund`).
    public var rawValue: String { definition.name }

    /// The contract name, as `rawValue`.
    public var description: String { rawValue }

    /// Every kind, in registry order.
    public static let allCases = DatasetRegistry.definitions.map(DatasetKind.init)

    /// Whether both are the same kind (the same contract name).
    public static func == (lhs: DatasetKind, rhs: DatasetKind) -> Bool { lhs.rawValue == rhs.rawValue }

    /// Hashes the kind's contract name.
    public func hash(into hasher: inout Hasher) { hasher.combine(rawValue) }

    /// The columns a file of this kind must have (the contract's names).
    public var requiredColumns: [String] { definition.columnNames }

    /// Every contract column of every kind, each once, in kind order.
    package static let allContractColumns: [String] = {
        var seen = Set<String>()
        return allCases.flatMap(\.requiredColumns).filter { seen.insert($0).inserted }
    }()

    /// The columns of this kind that hold money (baht with at most 2 decimals).
    package var moneyColumns: [String] { definition.moneyColumnNames }

    /// The money columns of every kind: a workbook's numbers in these columns are rounded to the
    /// satang before the kind is known.
    static let allMoneyColumns = Set(allCases.flatMap(\.moneyColumns))

    /// The indicators the record-level kinds compute, which every catalog must declare.
    package static let builtInIndicatorIDs = allCases.flatMap { $0.definition.indicatorIDs }

    /// Whether this kind's records give the indicator `id` (a built-in one for the record-level
    /// kinds; any other catalog indicator comes from `indicator-values`).
    package func gives(_ id: String) -> Bool {
        Self.kindsByBuiltInID[id].map { $0 == self } ?? definition.givesOtherIndicators
    }

    /// The kind whose records give each built-in indicator.
    private static let kindsByBuiltInID = Dictionary(
        allCases.flatMap { kind in kind.definition.indicatorIDs.map { ($0, kind) } },
        uniquingKeysWith: { first, _ in first })

    /// Whether this kind's records give an indicator that `catalog` declares annual.
    package func mayHoldAnnualIndicators(in catalog: IndicatorCatalog) -> Bool {
        catalog.definitions.contains { $0.cadence == .annual && gives($0.id) }
    }

    /// The dataset's name for people: "กองทุนพัฒนาบทบาทสตรี", "Women's Development Fund".
    public func displayName(in language: Language) -> String {
        language == .thai ? definition.nameThai : definition.nameEnglish
    }

    /// The kinds whose columns `header` (lowercased, trimmed names) comes nearest to holding
    /// when it holds none's all: those that lack the fewest, with the columns they lack; none
    /// when every kind lacks more than half of its columns.
    package static func nearest(toHeader header: [String]) -> [(kind: DatasetKind, missing: [String])] {
        let names = Set(header)
        let lacking = allCases.map { kind in (kind: kind, missing: kind.requiredColumns.filter { !names.contains($0) })
        }
        .filter { $0.missing.count * 2 <= $0.kind.requiredColumns.count }
        let fewest = lacking.map(\.missing.count).min()
        return lacking.filter { $0.missing.count == fewest }
    }

    /// The kind whose required columns `header` holds (lowercased, trimmed names); when several
    /// fit, the one that uses most of the header.
    package static func infer(fromHeader header: [String]) -> DatasetKind? {
        let names = Set(header)
        return
            allCases
            .filter { $0.requiredColumns.allSatisfy(names.contains) }
            .max { $0.requiredColumns.count < $1.requiredColumns.count }
    }
}
