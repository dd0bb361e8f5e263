import Foundation
import Testing

@testable import KPICore

/// The package's root directory, from this file's path.
private let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

/// A fresh empty directory for one test's files.
private func scratchDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("kpi-generator-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// The bytes `request` generates, and the number of rows the generator reported.
private func generated(_ request: GenerationRequest) throws -> (data: Data, rows: Int) {
    let directory = try scratchDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let file = directory.appendingPathComponent("out.csv")
    let rows = try DatasetGenerator.generate(request, to: file.path)
    return (try Data(contentsOf: file), rows)
}

/// A request as `kpi generate` builds it from its options.
private func request(
    _ kind: DatasetKind, rows: Int? = nil, scale: GenerationRequest.Scale? = nil, seed: UInt64 = 7,
    provinces: [Int] = [], zones: [Int] = []
) throws -> GenerationRequest {
    try GenerationRequest(
        kind: kind, rows: rows, scale: scale, seed: seed, from: nil, to: nil,
        provinces: provinces, zones: zones)
}

/// A small request of each kind: zone 15, a few thousand rows.
private func smallRequest(_ kind: DatasetKind, seed: UInt64 = 7) throws -> GenerationRequest {
    kind == .indicatorValues
        ? try request(kind, scale: .province, seed: seed, provinces: [58])
        : try request(kind, rows: 3_000, seed: seed, zones: [15])
}

@Suite struct GeneratorDeterminismTests {
    @Test(arguments: DatasetKind.allCases)
    func sameSeedGivesSameBytes(kind: DatasetKind) throws {
        let first = try generated(try smallRequest(kind))
        let second = try generated(try smallRequest(kind))
        #expect(first.data.count > 10_000)
        #expect(first.data == second.data)
    }

    @Test(arguments: DatasetKind.allCases)
    func otherSeedGivesOtherBytes(kind: DatasetKind) throws {
        let first = try generated(try smallRequest(kind, seed: 7))
        let second = try generated(try smallRequest(kind, seed: 8))
        #expect(first.data != second.data)
        // Same shape: the header and the areas stay, the figures change.
        #expect(CSVTable(first.data).header == CSVTable(second.data).header)
    }
}

@Suite struct GeneratorContractTests {
    /// Every district of the country (Bangkok, in no zone, included) for the four sized kinds;
    /// Bangkok and two northern provinces for indicator-values.
    @Test(arguments: DatasetKind.allCases)
    func everyRowFollowsTheContract(kind: DatasetKind) throws {
        let request =
            kind == .indicatorValues
            ? try request(kind, scale: .province, provinces: [10, 50, 58])
            : try request(kind, rows: 60_000)
        let table = CSVTable(try generated(request).data)
        let check = ContractCheck(kind: kind, table: table)
        #expect(table.rows.count > 5_000)
        #expect(check.problems.isEmpty, "\(check.problems.prefix(5))")
        let column = try #require(table.header.firstIndex(of: "district_code"))
        let districts = Set(table.rows.map { $0[column] }.filter { !$0.isEmpty })
        #expect(districts.count == (kind == .indicatorValues ? 50 + 25 + 7 : 928))
    }

    @Test(arguments: DatasetKind.allCases)
    func plannedRowCountIsExact(kind: DatasetKind) throws {
        let request = try request(kind, scale: .province, provinces: [58])
        let context = GenerationContext(request)
        let (data, rows) = try generated(request)
        #expect(rows == plannedRowCount(kind.definition, context))
        #expect(CSVTable(data).rows.count == rows)
    }

    /// The rows the generator of `Definition` plans for `context` at its realistic density.
    private func plannedRowCount<Definition: DatasetDefinition>(_: Definition.Type, _ context: GenerationContext) -> Int
    {
        Definition.Generator(context: context, density: Definition.Generator.realisticDensity ?? 0).rowCount
    }

    @Test(arguments: [DatasetKind.womensFund, .otopSales, .bmn, .kkcj])
    func rowsAreHonoured(kind: DatasetKind) throws {
        for rows in [12_345, 40_000] {
            let (data, written) = try generated(try request(kind, rows: rows, zones: [15]))
            #expect(written <= rows && written >= rows - 30, "\(written) rows for --rows \(rows)")
            #expect(CSVTable(data).rows.count == written)
        }
        // Fewer rows than one entity per district gives: cut exactly.
        #expect(try generated(try request(kind, rows: 7, zones: [15])).rows == 7)
    }

    @Test func rowsCutIndicatorValuesShort() throws {
        #expect(try generated(try request(.indicatorValues, rows: 100, zones: [15])).rows == 100)
    }

    @Test func realisticSizesGrowWithTheAreas() throws {
        let province = try request(.kkcj, scale: .province)
        let zone = try request(.kkcj, scale: .zone)
        #expect(province.districts.count == 25)
        #expect(zone.districts.count == 53)
        let provinceRows = try generated(province).rows
        let zoneRows = try generated(zone).rows
        // Chiang Mai holds about half of zone 15's subdistricts.
        #expect(provinceRows > zoneRows * 4 / 10 && provinceRows < zoneRows * 7 / 10)
    }
}

@Suite struct GeneratorSampleTests {
    /// The `generate` commands of the Makefile's `sample` target, as option lists.
    static func sampleCommands() throws -> [[String]] {
        let makefile = try String(contentsOf: packageRoot.appendingPathComponent("Makefile"), encoding: .utf8)
        let lines = makefile.split(separator: "\n", omittingEmptySubsequences: false)
        guard let start = lines.firstIndex(where: { $0.hasPrefix("sample:") }) else { return [] }
        return lines[(start + 1)...].prefix { $0.hasPrefix("\t") }
            .map { $0.split(separator: " ").map(String.init) }
            .filter { $0.count > 1 && $0[1] == "generate" }
            .map { Array($0.dropFirst(2)) }
    }

    /// The request and output path of one command's options.
    static func parse(_ options: [String]) throws -> (request: GenerationRequest, output: String) {
        var values: [String: [String]] = [:]
        for index in stride(from: 0, to: options.count - 1, by: 2) {
            values[options[index], default: []].append(options[index + 1])
        }
        let request = try GenerationRequest(
            kind: try #require(DatasetKind(rawValue: values["--kind"]?.first ?? "")),
            rows: values["--rows"].flatMap { Int($0[0]) },
            scale: values["--scale"].flatMap { GenerationRequest.Scale(rawValue: $0[0]) },
            seed: try #require(UInt64(values["--seed"]?.first ?? "")),
            from: values["--from"]?.first, to: values["--to"]?.first,
            provinces: (values["--province"] ?? []).compactMap { Int($0) },
            zones: (values["--zone"] ?? []).compactMap { Int($0) })
        return (request, try #require(values["--output"]?.first))
    }

    @Test func committedSampleIsWhatTheGeneratorMakes() throws {
        let commands = try Self.sampleCommands()
        let outputs = try commands.map { try Self.parse($0).output }
        #expect(Set(outputs) == Set(DatasetKind.allCases.map { "Datasets/sample/\($0.rawValue).csv" }))
        let sampleDirectory = packageRoot.appendingPathComponent("Datasets/sample").path
        let committed = try FileManager.default.contentsOfDirectory(atPath: sampleDirectory)
        #expect(Set(committed) == Set(DatasetKind.allCases.map { "\($0.rawValue).csv" }))

        let zoneProvinces = Set([5, 12, 15].flatMap { Geography.bundled.zone(number: $0)!.provinceCodes })
        var total = 0
        for options in commands {
            let (request, output) = try Self.parse(options)
            #expect(Set(request.districts.map(\.provinceCode)) == zoneProvinces)
            #expect(request.months == GenerationRequest.defaultMonths)
            let file = try Data(contentsOf: packageRoot.appendingPathComponent(output))
            total += file.count
            #expect(
                try generated(request).data == file, "\(output) differs from `make sample`'s output: run make sample")
            let check = ContractCheck(kind: request.kind, table: CSVTable(file))
            #expect(check.problems.isEmpty, "\(output): \(check.problems.prefix(5))")
        }
        #expect(total < 6_000_000)
    }

    /// Per district, its snapshots' overdue and outstanding sums, by month.
    static func womensFundSnapshots() throws -> [Int: [YearMonth: (overdue: Int64, outstanding: Int64)]] {
        let table = CSVTable(
            try Data(contentsOf: packageRoot.appendingPathComponent("Datasets/sample/womens-fund.csv")))
        var snapshots: [Int: [YearMonth: (overdue: Int64, outstanding: Int64)]] = [:]
        func satang(_ text: String) -> Int64 {
            Int64((Double(text.replacingOccurrences(of: ",", with: ""))! * 100).rounded())
        }
        for row in table.rows {
            let month = try DateParser.month(row[0])
            let sums = snapshots[Int(row[2])!, default: [:]][month] ?? (0, 0)
            snapshots[Int(row[2])!, default: [:]][month] = (
                sums.overdue + satang(row[5]), sums.outstanding + satang(row[4])
            )
        }
        return snapshots
    }

    @Test func sampleHasADistrictMissingAQuarterEnd() throws {
        let snapshots = try Self.womensFundSnapshots()
        let last = GenerationRequest.defaultMonths.upperBound
        let late = snapshots.filter { _, months in
            months.keys.contains { month in
                month.month % 3 == 2 && month < last && months[month.advanced(by: 1)] == nil
            }
        }
        #expect(!late.isEmpty, "no district whose latest snapshot in a quarter is before its last month")
        #expect(snapshots.count == 191)
    }

    @Test func sampleOverdueRatiosStraddleTheTarget() throws {
        let snapshots = try Self.womensFundSnapshots()
        for quarterEnd in stride(
            from: GenerationRequest.defaultMonths.lowerBound.advanced(by: 2),
            through: GenerationRequest.defaultMonths.upperBound, by: 3)
        {
            let ratios = snapshots.values.compactMap { months -> Double? in
                guard let latest = (0..<3).map({ quarterEnd.advanced(by: -$0) }).first(where: { months[$0] != nil }),
                    let sums = months[latest], sums.outstanding > 0
                else { return nil }
                return Double(sums.overdue) / Double(sums.outstanding)
            }
            let above = ratios.filter { $0 >= 0.10 }.count
            #expect(
                above >= ratios.count / 10 && above <= ratios.count * 6 / 10,
                "\(above) of \(ratios.count) above 10 % in \(quarterEnd)")
        }
    }
}

@Suite struct GeneratorRequestTests {
    @Test func defaultsAndAreas() throws {
        #expect(try request(.bmn, scale: .province).districts.allSatisfy { $0.provinceCode == 50 })
        #expect(try request(.bmn, scale: .zone).districts.count == 53)
        #expect(try request(.bmn, scale: .national).districts.count == 928)
        #expect(try request(.bmn, rows: 10).districts.count == 928)
        #expect(try request(.bmn, rows: 10, provinces: [58, 50, 58]).districts.count == 32)
        #expect(try request(.bmn, rows: 10).months.count == 24)
    }

    @Test(arguments: [
        ((Int?.none, GenerationRequest.Scale?.none, [Int](), [Int](), String?.none, String?.none), "either --rows"),
        ((5, .zone, [], [], nil, nil), "either --rows"),
        ((0, nil, [], [], nil, nil), "--rows must be"),
        ((10, nil, [99], [], nil, nil), "no province with code 99"),
        ((10, nil, [], [19], nil, nil), "no inspection zone 19"),
        ((10, nil, [50], [15], nil, nil), "not both"),
        ((nil, .national, [50], [], nil, nil), "--scale national"),
        ((nil, .province, [], [15], nil, nil), "--scale province"),
        ((10, nil, [], [], "2025-01", nil), "together"),
        ((10, nil, [], [], "2025-06", "2025-01"), "after"),
        ((10, nil, [], [], "2567-10", "2568-09"), "Buddhist Era"),
        ((10, nil, [], [], "2024-10-31", "2025-09"), "not a month"),
    ])
    func invalidOptionsAreExplained(
        options: (Int?, GenerationRequest.Scale?, [Int], [Int], String?, String?), message: String
    ) {
        #expect {
            _ = try GenerationRequest(
                kind: .kkcj, rows: options.0, scale: options.1, seed: 1, from: options.4, to: options.5,
                provinces: options.2, zones: options.3)
        } throws: { error in
            (error as? GenerationError)?.description.contains(message) == true
        }
    }

    @Test func failedRunLeavesNoFile() throws {
        let directory = try scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        // The target is a directory, so the final rename fails after every row is written.
        let target = directory.appendingPathComponent("taken.csv")
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: false)
        #expect(throws: GenerationError.self) {
            try DatasetGenerator.generate(try smallRequest(.kkcj), to: target.path)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["taken.csv"])
        #expect(throws: GenerationError.self) {
            try DatasetGenerator.generate(
                try smallRequest(.kkcj), to: directory.appendingPathComponent("none/x.csv").path)
        }
    }
}

@Suite struct GeneratorFieldFormatTests {
    private func text(_ write: (inout [UInt8]) -> Void) -> String {
        var bytes: [UInt8] = []
        write(&bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    @Test func money() {
        #expect(text { $0.appendMoney(satang: 1_250_000) } == "12500.00")
        #expect(text { $0.appendMoney(satang: 5) } == "0.05")
        #expect(text { $0.appendMoney(satang: 123_450, grouped: true) } == "\"1,234.50\"")
        #expect(text { $0.appendMoney(satang: 123_456_789_00, grouped: true) } == "\"123,456,789.00\"")
        #expect(text { $0.appendMoney(satang: 99_999, grouped: true) } == "999.99")
    }

    @Test func numbersAndDates() throws {
        #expect(text { $0.appendDecimal(42, minimumDigits: 6) } == "000042")
        #expect(text { $0.appendDecimal(0) } == "0")
        #expect(text { $0.appendDecimal(Int.max) } == "9223372036854775807")
        let date = CivilDate(year: 2024, month: 6, day: 30)!
        #expect(text { $0.appendDate(date) } == "2024-06-30")
        #expect(text { $0.appendDate(date, thai: true) } == "30/6/2567")
        #expect(text { $0.appendMonth(YearMonth(year: 2024, month: 1)!) } == "2024-01")
        #expect(
            try DateParser.date(text { $0.appendDate(CivilDate(year: 2025, month: 1, day: 5)!, thai: true) })
                == CivilDate(year: 2025, month: 1, day: 5))
    }
}
