import Foundation
import Testing

@testable import KPICore

@Suite struct CatalogTests {
    let catalog = IndicatorCatalog.bundled

    /// Every built-in indicator of the contract, and the 10+1 missions, with kind, ratio,
    /// direction and target as DATA-FORMATS.md and the sample-data generator have them.
    @Test(
        arguments: [
            ("womens-fund.overdue-ratio", IndicatorKind.stock, true, Direction.lower, 0.10),
            ("womens-fund.outstanding", .stock, false, .higher, nil),
            ("otop.sales", .flow, false, .higher, nil),
            ("otop.sales.food", .flow, false, .higher, nil),
            ("otop.sales.beverage", .flow, false, .higher, nil),
            ("otop.sales.textile", .flow, false, .higher, nil),
            ("otop.sales.decorative", .flow, false, .higher, nil),
            ("otop.sales.herbal", .flow, false, .higher, nil),
            ("otop.sales.online", .flow, false, .higher, nil),
            ("otop.sales.offline", .flow, false, .higher, nil),
            ("bmn.coverage", .cumulative, true, .higher, 1.0),
            ("bmn.pass-rate", .cumulative, true, .higher, nil),
            ("bmn.low-income", .cumulative, false, .lower, nil),
            ("bmn.low-income-share", .cumulative, true, .lower, nil),
            ("kkcj.problem-funds", .stock, false, .lower, nil),
            ("kkcj.problem-share", .stock, true, .lower, nil),
            ("khok-nong-na.active-share", .stock, true, .higher, 0.8),
            ("food-security.households", .cumulative, false, .higher, nil),
            ("thai-textile.sales", .flow, false, .higher, nil),
            ("sjp.households-helped", .cumulative, true, .higher, 1.0),
            ("womens-fund.members", .stock, false, .higher, nil),
            ("click-chumchon.shops", .stock, false, .higher, nil),
            ("community-funds.good-share", .stock, true, .higher, 0.7),
            ("pracharath.profitable-share", .stock, true, .higher, nil),
            ("moral-community.communities", .cumulative, false, .higher, nil),
        ] as [(String, IndicatorKind, Bool, Direction, Double?)])
    func builtInIndicator(id: String, kind: IndicatorKind, ratio: Bool, direction: Direction, target: Double?) throws {
        let definition = try #require(catalog[id: id])
        #expect(definition.id == id)
        #expect(definition.kind == kind)
        #expect(definition.ratio == ratio)
        #expect((definition.unit == "percent") == ratio)
        #expect(definition.direction == direction)
        #expect(definition.target == target)
        #expect(definition.nameThai.unicodeScalars.contains { (0x0E00...0x0E7F).contains($0.value) })
        #expect(!definition.nameEnglish.isEmpty)
    }

    @Test func moneyAndCounts() {
        #expect(catalog[id: "otop.sales"]?.unit == "baht")
        #expect(catalog[id: "thai-textile.sales"]?.unit == "baht")
        #expect(catalog[id: "womens-fund.outstanding"]?.unit == "baht")
        #expect(catalog[id: "kkcj.problem-funds"]?.unit == "count")
        #expect(catalog[id: "click-chumchon.shops"]?.unit == "count")
        #expect(catalog[id: "otop.sales.toys"] == nil)
    }

    /// The compiled-in catalog is the very bytes of Datasets/indicators.json, and loading the file
    /// gives the same catalog.
    @Test func onlyRatiosAndIndicatorsWithATargetAreRanked() {
        let catalog = IndicatorCatalog.bundled
        let ranked = [
            "womens-fund.overdue-ratio", "bmn.pass-rate", "kkcj.problem-share", "bmn.coverage", "sjp.households-helped",
        ]
        let sorted = [
            "otop.sales", "womens-fund.outstanding", "bmn.low-income", "kkcj.problem-funds", "click-chumchon.shops",
        ]
        #expect(ranked.allSatisfy { catalog[id: $0]!.isRankable })
        #expect(sorted.allSatisfy { !catalog[id: $0]!.isRankable })
        // A count with a target is compared with the target, so it may be ranked.
        var shops = catalog[id: "click-chumchon.shops"]!
        shops.target = 100
        #expect(shops.isRankable)
    }

    @Test func bundledCatalogIsTheDatasetsFile() throws {
        let path = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appending(path: "Datasets/indicators.json").path
        let onDisk = try String(contentsOfFile: path, encoding: .utf8)
        #expect(EmbeddedDatasets.files["indicators.json"] == onDisk)
        #expect(try IndicatorCatalog(contentsOf: path) == catalog)
    }

    // MARK: - Errors

    /// One valid entry as JSON text, with `changes` applied (a nil value removes the field).
    private func entry(_ changes: [String: String?] = [:]) -> String {
        var fields: [(String, String)] = [
            ("id", #""a.b""#), ("name_th", #""ก""#), ("name_en", #""A""#), ("unit", #""percent""#),
            ("kind", #""stock""#), ("ratio", "true"), ("direction", #""lower""#), ("target", "0.1"),
        ]
        for (key, value) in changes {
            if let index = fields.firstIndex(where: { $0.0 == key }) { fields.remove(at: index) }
            if let value { fields.append((key, value)) }
        }
        return "{" + fields.map { "\"\($0.0)\": \($0.1)" }.joined(separator: ", ") + "}"
    }

    private func load(_ entries: String...) throws(CatalogError) -> IndicatorCatalog {
        try IndicatorCatalog(json: Data(("[" + entries.joined(separator: ",\n") + "]").utf8), source: "mine.json")
    }

    @Test func validEntryLoads() throws {
        let loaded = try load(entry(), entry(["id": #""c""#, "unit": #""baht""#, "ratio": "false", "target": "null"]))
        #expect(loaded.definitions.map(\.id) == ["a.b", "c"])
        #expect(loaded[id: "a.b"]?.target == 0.1)
        #expect(loaded[id: "c"]?.target == nil)
    }

    @Test func duplicateIDNamesBothEntries() {
        let error = CatalogError(source: "mine.json", entry: 3, id: "a.b", problem: .duplicateID(firstEntry: 1))
        #expect(throws: error) { try load(entry(), entry(["id": #""c""#]), entry()) }
        #expect(error.description == "mine.json: entry 3 (a.b): duplicate id, first declared by entry 1")
    }

    @Test func unknownKindAndDirection() {
        #expect(throws: CatalogError(source: "mine.json", entry: 2, id: "c", problem: .unknownKind("flows"))) {
            try load(entry(), entry(["id": #""c""#, "kind": #""flows""#]))
        }
        #expect(throws: CatalogError(source: "mine.json", entry: 1, id: "a.b", problem: .unknownDirection("down"))) {
            try load(entry(["direction": #""down""#]))
        }
        #expect(throws: CatalogError(source: "mine.json", entry: 1, id: "a.b", problem: .unknownUnit("rai"))) {
            try load(entry(["unit": #""rai""#, "ratio": "false", "target": "null"]))
        }
    }

    /// `headline` and `part_of` are optional; a headline is a whole number from 1, a part names
    /// another indicator of the same catalog.
    @Test func headlineAndPartOf() throws {
        let loaded = try load(
            entry(["headline": "2"]), entry(["id": #""c""#, "part_of": #""a.b""#]),
            entry(["id": #""d""#, "part_of": "null"]))
        #expect(loaded.definitions.map(\.headline) == [2, nil, nil])
        #expect(loaded.definitions.map(\.partOf) == [nil, "a.b", nil])
        for wrong in ["0", "1.5", "-3", "1e9", #""1""#, "true"] {
            #expect(
                throws: CatalogError(
                    source: "mine.json", entry: 1, id: "a.b",
                    problem: .wrongType(field: "headline", expected: "a whole number from 1 to 1000"))
            ) {
                try load(entry(["headline": wrong]))
            }
        }
        let unknown = CatalogError(source: "mine.json", entry: 2, id: "c", problem: .unknownPartOf("a"))
        #expect(throws: unknown) { try load(entry(), entry(["id": #""c""#, "part_of": #""a""#])) }
        #expect(unknown.description == "mine.json: entry 2 (c): part_of 'a' is no other indicator of this catalog")
        #expect(throws: CatalogError(source: "mine.json", entry: 1, id: "a.b", problem: .unknownPartOf("a.b"))) {
            try load(entry(["part_of": #""a.b""#]))
        }
        #expect(throws: CatalogError(source: "mine.json", entry: 1, id: "a.b", problem: .emptyField("part_of"))) {
            try load(entry(["part_of": #""""#]))
        }
    }

    /// The bundled catalog's headlines, in briefing order, and the parts of OTOP sales: the
    /// categories' and channels' sales of the `otop-sales` kind.
    @Test func bundledHeadlinesAndParts() {
        let headlines = catalog.definitions.filter { $0.headline != nil }.sorted { $0.headline! < $1.headline! }
        #expect(
            headlines.map(\.id) == [
                "womens-fund.overdue-ratio", "otop.sales", "bmn.coverage", "bmn.pass-rate",
                "kkcj.problem-funds",
            ])
        #expect(
            catalog.definitions.filter { $0.partOf == "otop.sales" }.map(\.id)
                == (OTOPSales.categories + OTOPSales.channels).map(\.indicatorID))
        #expect(catalog.definitions.allSatisfy { $0.headline == nil || $0.partOf == nil })
    }

    /// `cadence` is optional (monthly when absent); the bmn.* indicators are annual; anything but
    /// monthly, quarterly or annual is refused.
    @Test func cadence() throws {
        #expect(try load(entry()).definitions[0].cadence == .monthly)
        #expect(try load(entry(["cadence": #""quarterly""#])).definitions[0].cadence == .quarterly)
        #expect(try load(entry(["cadence": #""annual""#])).definitions[0].cadence == .annual)
        #expect(throws: CatalogError(source: "mine.json", entry: 1, id: "a.b", problem: .unknownCadence("yearly"))) {
            try load(entry(["cadence": #""yearly""#]))
        }
        #expect(
            throws: CatalogError(
                source: "mine.json", entry: 1, id: "a.b", problem: .wrongType(field: "cadence", expected: "a string"))
        ) {
            try load(entry(["cadence": "12"]))
        }
        let annual = catalog.definitions.filter { $0.cadence == .annual }.map(\.id)
        #expect(annual == ["bmn.coverage", "bmn.pass-rate", "bmn.low-income", "bmn.low-income-share"])
    }

    @Test func targetOnTheWrongScale() {
        let percentForFraction = CatalogError(
            source: "mine.json", entry: 1, id: "a.b", problem: .targetOffScale(10, ratio: true))
        #expect(throws: percentForFraction) { try load(entry(["target": "10"])) }
        #expect(percentForFraction.description.hasPrefix("mine.json: entry 1 (a.b): target 10.0 is not a fraction"))
        #expect(
            throws: CatalogError(source: "mine.json", entry: 1, id: "a.b", problem: .targetOffScale(-5, ratio: false))
        ) {
            try load(entry(["unit": #""count""#, "ratio": "false", "target": "-5"]))
        }
        #expect((try? load(entry(["target": "1"]))) != nil)
    }

    @Test func unitMustAgreeWithRatio() {
        #expect(
            throws: CatalogError(
                source: "mine.json", entry: 1, id: "a.b",
                problem: .unitDisagreesWithRatio(unit: "percent", ratio: false))
        ) {
            try load(entry(["ratio": "false"]))
        }
        #expect(
            throws: CatalogError(
                source: "mine.json", entry: 1, id: "a.b",
                problem: .unitDisagreesWithRatio(unit: "baht", ratio: true))
        ) {
            try load(entry(["unit": #""baht""#]))
        }
    }

    @Test func missingAndMistypedFields() {
        #expect(throws: CatalogError(source: "mine.json", entry: 1, id: "a.b", problem: .missingField("name_en"))) {
            try load(entry(["name_en": nil]))
        }
        #expect(throws: CatalogError(source: "mine.json", entry: 1, id: "a.b", problem: .missingField("target"))) {
            try load(entry(["target": nil]))
        }
        #expect(throws: CatalogError(source: "mine.json", entry: 2, problem: .missingField("id"))) {
            try load(entry(), entry(["id": nil]))
        }
        #expect(
            throws: CatalogError(
                source: "mine.json", entry: 1, id: "a.b",
                problem: .wrongType(field: "ratio", expected: "true or false"))
        ) {
            try load(entry(["ratio": "1"]))
        }
        #expect(
            throws: CatalogError(
                source: "mine.json", entry: 1, id: "a.b",
                problem: .wrongType(field: "target", expected: "a number or null"))
        ) {
            try load(entry(["target": #""10%""#]))
        }
        #expect(throws: CatalogError(source: "mine.json", entry: 1, id: "a.b", problem: .emptyField("name_th"))) {
            try load(entry(["name_th": #""""#]))
        }
        #expect(throws: CatalogError(source: "mine.json", entry: 1, problem: .invalidID("OTOP sales"))) {
            try load(entry(["id": #""OTOP sales""#]))
        }
    }

    @Test func badFiles() {
        #expect(throws: CatalogError(source: "mine.json", problem: .notAnArray)) {
            try IndicatorCatalog(json: Data(#"{"id": "a"}"#.utf8), source: "mine.json")
        }
        #expect(throws: CatalogError(source: "mine.json", entry: 2, problem: .notAnObject)) {
            try load(entry(), "\"x\"")
        }
        do {
            _ = try IndicatorCatalog(json: Data("[{\"id\": ".utf8), source: "mine.json")
            Issue.record("truncated JSON loaded")
        } catch {
            guard case .notJSON = error.problem else {
                Issue.record("\(error)")
                return
            }
            #expect(error.description.hasPrefix("mine.json: not valid JSON: "))
        }
        do {
            _ = try IndicatorCatalog(contentsOf: "/nonexistent/catalog.json")
            Issue.record("missing file loaded")
        } catch {
            #expect(
                error
                    == CatalogError(
                        source: "/nonexistent/catalog.json", problem: .unreadable("No such file or directory")))
        }
    }
}
