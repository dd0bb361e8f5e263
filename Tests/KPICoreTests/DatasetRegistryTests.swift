import Foundation
import Testing

@testable import KPICore

/// The sample files, one per kind, named by the kind (Datasets/sample/KIND.csv).
private let sampleDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Datasets/sample")

/// What the registry says of each kind agrees with itself, with the bundled catalog and with the
/// kind's accumulator.
@Suite struct DatasetRegistryTests {
    @Test(arguments: DatasetKind.allCases)
    func kindIsFoundByItsName(kind: DatasetKind) {
        #expect(DatasetKind(rawValue: kind.rawValue) == kind)
        #expect(DatasetKind.allCases.filter { $0.rawValue == kind.rawValue }.count == 1)
    }

    @Test func unknownNameIsNoKind() {
        #expect(DatasetKind(rawValue: "womens_fund") == nil)
        #expect(DatasetKind(rawValue: "") == nil)
    }

    @Test(arguments: DatasetKind.allCases)
    func columnsAreDistinctAndHoldTheAreaAndTheMoney(kind: DatasetKind) {
        #expect(Set(kind.requiredColumns).count == kind.requiredColumns.count)
        #expect(kind.requiredColumns.contains("province_code") && kind.requiredColumns.contains("district_code"))
        #expect(kind.moneyColumns.allSatisfy(kind.requiredColumns.contains))
        #expect(kind.moneyColumns.allSatisfy { $0.hasSuffix("_baht") })
    }

    @Test func everyBuiltInIndicatorIsInTheBundledCatalogAndGivenByOneKind() {
        #expect(!DatasetKind.builtInIndicatorIDs.isEmpty)
        for id in DatasetKind.builtInIndicatorIDs {
            #expect(IndicatorCatalog.bundled[id: id] != nil, "\(id) is not in Datasets/indicators.json")
            #expect(DatasetKind.allCases.filter { $0.gives(id) }.count == 1, "\(id)")
        }
        #expect(Set(DatasetKind.builtInIndicatorIDs).count == DatasetKind.builtInIndicatorIDs.count)
    }

    @Test func otherCatalogIndicatorsComeFromIndicatorValues() {
        let others = IndicatorCatalog.bundled.definitions.map(\.id).filter {
            !DatasetKind.builtInIndicatorIDs.contains($0)
        }
        #expect(!others.isEmpty)
        for id in others {
            #expect(DatasetKind.allCases.filter { $0.gives(id) } == [.indicatorValues], "\(id)")
        }
    }

    /// Each kind's columns, in a shuffled header among extra columns, are found where they are.
    @Test(arguments: DatasetKind.allCases)
    func accumulatorFindsEveryColumn(kind: DatasetKind) throws {
        try Self.findsEveryColumn(kind.definition)
    }

    private static func findsEveryColumn<Definition: DatasetDefinition>(_: Definition.Type) throws {
        let header = ["remark"] + Definition.columnNames.reversed() + ["note"]
        let columns = try RecordColumns<Definition.Column>(
            kind: DatasetKind(Definition.self), header: header, file: "f.csv")
        for name in Definition.Column.allCases {
            #expect(columns[name].index == header.firstIndex(of: name.rawValue))
            #expect(columns[name].name == name.rawValue)
            #expect(columns.name(ofField: columns[name].index) == name.rawValue)
        }
        #expect(columns.name(ofField: 0) == nil)
        _ = Definition.Accumulator(columns: columns, geography: .bundled, catalog: .bundled)
    }

    /// A header without one of the kind's columns is an error on line 1 naming it.
    @Test(arguments: DatasetKind.allCases)
    func missingColumnIsAnError(kind: DatasetKind) {
        for missing in kind.requiredColumns {
            let header = kind.requiredColumns.filter { $0 != missing }
            let error = Self.headerError(kind.definition, header)
            #expect(error?.line == 1)
            #expect(error?.column == missing)
            #expect(error?.reason == "missing required column \(missing) for \(kind.rawValue) data")
        }
    }

    @Test func repeatedContractColumnIsAnError() {
        let error = Self.headerError(KKCJ.self, KKCJ.columnNames + ["status"])
        #expect(error?.column == "status")
        #expect(error?.reason == "column status appears twice (fields 5 and 7)")
    }

    /// The error building `Definition`'s columns from `header` gives, or `nil` when there is none.
    private static func headerError<Definition: DatasetDefinition>(_: Definition.Type, _ header: [String]) -> RowError?
    {
        do {
            _ = try RecordColumns<Definition.Column>(kind: DatasetKind(Definition.self), header: header, file: "f.csv")
            return nil
        } catch {
            return error
        }
    }

    /// A record-level kind's sample file gives exactly the indicators its definition lists.
    @Test(arguments: DatasetKind.allCases.filter { $0 != .indicatorValues })
    func sampleGivesTheKindsIndicators(kind: DatasetKind) throws {
        let path = sampleDirectory.appendingPathComponent("\(kind.rawValue).csv").path
        let (summary, _) = try Summarizer().summarize(SummaryRequest(files: [path], windowCount: 1))
        #expect(Set(summary.indicators.map(\.id)) == Set(kind.definition.indicatorIDs))
    }

    /// The generator writes the kind's columns as its header.
    @Test(arguments: DatasetKind.allCases)
    func generatedHeaderIsTheKindsColumns(kind: DatasetKind) throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent(
            "kpi-registry-\(UUID().uuidString).csv"
        ).path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let request = try GenerationRequest(
            kind: kind, rows: 10, scale: nil, seed: 1, from: nil, to: nil,
            provinces: [58], zones: [])
        try DatasetGenerator.generate(request, to: path)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.split(separator: "\n").first.map(String.init) == kind.requiredColumns.joined(separator: ","))
    }
}
