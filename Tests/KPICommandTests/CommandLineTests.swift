import Foundation
import KPICore
import Testing

/// The command line's conveniences, run through the built `kpi`: names for areas, the catalog,
/// the indicator filter, byte-order marks, standard output and the version.
@Suite struct CommandLineTests {
    let kpi: KPICommand
    let womensFund = KPICommand.sample("womens-fund.csv")

    init() throws { kpi = try KPICommand() }

    @Test func version() throws {
        let result = try kpi.run("--version")
        #expect(result.status == 0)
        #expect(result.text == ChumchonKPI.version + "\n")
    }

    @Test func zonesListTheirProvincesWithCodes() throws {
        let thai = try kpi.run("areas")
        #expect(thai.status == 0)
        let zone15 = try #require(thai.text.split(separator: "\n").first { $0.drop { $0 == " " }.hasPrefix("15 ") })
        #expect(zone15.hasSuffix("50 เชียงใหม่, 51 ลำพูน, 52 ลำปาง, 58 แม่ฮ่องสอน"))
        let english = try kpi.run("areas", "--lang", "en")
        let upperNorthern = try #require(
            english.text.split(separator: "\n").first { $0.drop { $0 == " " }.hasPrefix("15 ") })
        #expect(upperNorthern.contains("Upper Northern 1 "))
        #expect(upperNorthern.hasSuffix("  50 Chiang Mai, 51 Lamphun, 52 Lampang, 58 Mae Hong Son"))
    }

    @Test func areasByNameAreAreasByCode() throws {
        let byCode = try kpi.run("areas", "--province", "50")
        #expect(byCode.status == 0)
        #expect(byCode.text.contains("5001"))
        for name in ["เชียงใหม่", "Chiang Mai", "จ.เชียงใหม่", "chiang-mai"] {
            #expect(try kpi.run("areas", "--province", name).text == byCode.text, "\(name)")
        }
        let zone = try kpi.run("areas", "--zone", "15")
        #expect(try kpi.run("areas", "--zone", "ภาคเหนือตอนบน 1").text == zone.text)
        #expect(try kpi.run("areas", "--zone", "Upper Northern 1").text == zone.text)
    }

    @Test func aMisspeltProvinceFailsWithTheNearest() throws {
        let result = try kpi.run("areas", "--province", "Chiang Mia")
        #expect(result.status != 0)
        #expect(result.standardOutput.isEmpty)
        #expect(result.standardError.contains("no province named 'Chiang Mia'; closest: 50 เชียงใหม่ (Chiang Mai), "))
        let ambiguous = try kpi.run("summarize", womensFund, "--zone", "Upper Northern")
        #expect(ambiguous.status != 0)
        #expect(
            ambiguous.standardError.contains(
                "15 ภาคเหนือตอนบน 1 (Upper Northern 1), 16 ภาคเหนือตอนบน 2 (Upper Northern 2)"))
    }

    @Test func summarizeByProvinceName() throws {
        let byCode = try kpi.run("summarize", womensFund, "--province", "50", "--format", "csv")
        #expect(byCode.status == 0)
        #expect(byCode.text.contains("\nprovince,50,เชียงใหม่,"))
        #expect(try kpi.run("summarize", womensFund, "--province", "เชียงใหม่", "--format", "csv").text == byCode.text)
    }

    @Test func summarizeOnlyTheIndicatorsNamed() throws {
        let all = try kpi.run("summarize", womensFund, "--zone", "15", "--format", "csv")
        let some = try kpi.run(
            "summarize", womensFund, "--zone", "15", "--format", "csv",
            "--indicator", "womens-fund.overdue-ratio", "--indicator", "womens-fund.members")
        #expect(some.status == 0)
        let allLines = all.text.split(separator: "\n")
        let someLines = some.text.split(separator: "\n")
        let wanted: Set<Substring> = ["womens-fund.overdue-ratio", "womens-fund.members"]
        #expect(someLines.count > 1)
        #expect(someLines.first == allLines.first)
        #expect(
            Array(someLines.dropFirst())
                == allLines.dropFirst().filter {
                    wanted.contains($0.split(separator: ",", omittingEmptySubsequences: false)[4])
                })
        let commas = try kpi.run(
            "summarize", womensFund, "--zone", "15", "--format", "csv",
            "--indicator", "womens-fund.members,womens-fund.overdue-ratio")
        #expect(commas.text == some.text)
        let unknown = try kpi.run("summarize", womensFund, "--indicator", "womens-fund.overdue")
        #expect(unknown.status != 0)
        #expect(unknown.standardOutput.isEmpty)
        #expect(
            unknown.standardError.contains(
                "no indicator 'womens-fund.overdue' in the catalog; closest: womens-fund.overdue-ratio"))
    }

    @Test func summarizeByteOrderMarkAndStandardOutput() throws {
        let plain = try kpi.run("summarize", womensFund, "--zone", "15", "--format", "csv")
        let marked = try kpi.run("summarize", womensFund, "--zone", "15", "--format", "csv", "--bom", "--output", "-")
        #expect(marked.status == 0)
        #expect(Array(marked.standardOutput) == [0xEF, 0xBB, 0xBF] + Array(plain.standardOutput))
        #expect(try kpi.files().isEmpty)  // no file named "-"
        let table = try kpi.run("summarize", womensFund, "--bom")
        #expect(table.status != 0)
        #expect(table.standardError.contains("--bom is for --format csv"))
    }

    @Test func indicatorsInEachFormat() throws {
        let catalog = IndicatorCatalog.bundled
        let table = try kpi.run("indicators", "--lang", "en")
        #expect(table.status == 0)
        let lines = table.text.split(separator: "\n")
        #expect(lines.count == catalog.definitions.count + 2)
        #expect(lines[2].hasPrefix("womens-fund.overdue-ratio"))
        #expect(lines[2].hasSuffix("lower    10.00%"))
        let csv = try kpi.run("indicators", "--format", "csv", "--bom")
        #expect(csv.standardOutput.starts(with: [0xEF, 0xBB, 0xBF]))
        #expect(csv.text.split(separator: "\n").count == catalog.definitions.count + 1)
        let json = try kpi.run("indicators", "--format", "json")
        #expect(try IndicatorCatalog(json: json.standardOutput, source: "kpi indicators") == catalog)
    }

    @Test func chartToStandardOutput() throws {
        let arguments = ["chart", womensFund, "--indicator", "womens-fund.overdue-ratio", "--zone", "Upper Northern 1"]
        let file = try kpi.run(arguments + ["--output", "chart.png"])
        #expect(file.status == 0)
        let written = try Data(contentsOf: kpi.folder.appending(path: "chart.png"))
        let piped = try kpi.run(arguments + ["--output", "-"])
        #expect(piped.status == 0)
        #expect(piped.standardOutput.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        #expect(piped.standardOutput == written)
        let svg = try kpi.run(arguments + ["--output", "-", "--format", "svg"])
        #expect(svg.text.hasPrefix("<?xml"))
        #expect(try kpi.files() == ["chart.png"])
        let clash = try kpi.run(arguments + ["--output", "chart.pdf", "--format", "svg"])
        #expect(clash.status != 0)
        #expect(clash.standardError.contains("--format svg but --output chart.pdf is pdf"))
    }

    @Test func indicatorListsAndAllAreReadByTheCommandLine() throws {
        // The library takes a typed selection; `--indicator` reads "a, b,,a" and "ALL" into one.
        let files = [KPICommand.sample("bmn.csv"), KPICommand.sample("otop-sales.csv")]
        func scorecard(_ indicator: String) throws -> KPICommand.Result {
            try kpi.run(
                ["chart"] + files + [
                    "--indicator", indicator, "--chart", "scorecard", "--zone", "15", "--output", "-", "--format",
                    "svg",
                ])
        }
        let listed = try scorecard("bmn.coverage,otop.sales")
        #expect(listed.status == 0 && listed.text.hasPrefix("<?xml"))
        #expect(try scorecard(" bmn.coverage, otop.sales,,bmn.coverage").standardOutput == listed.standardOutput)
        #expect(
            try scorecard("otop.sales,bmn.coverage").standardOutput != listed.standardOutput,
            "the order given is the columns' order")
        let all = try scorecard("all")
        #expect(all.status == 0 && all.standardOutput != listed.standardOutput)
        #expect(try scorecard(" ALL ").standardOutput == all.standardOutput)
        let unknown = try scorecard("bmn.coverage,no.such")
        #expect(unknown.status != 0 && unknown.standardError.contains("no data for indicator no.such"))
        let several = try kpi.run(
            ["chart"] + files + ["--indicator", "bmn.coverage,otop.sales", "--output", "bars.png"])
        #expect(several.status != 0 && several.standardError.contains("one indicator"))
        #expect(try kpi.files().isEmpty)
    }

    @Test func briefToStandardOutput() throws {
        let arguments = ["brief", womensFund, "--province", "Lampang", "--issued", "2026-12-01"]
        let file = try kpi.run(arguments + ["--output", "brief.pdf"])
        #expect(file.status == 0)
        let piped = try kpi.run(arguments + ["--output", "-"])
        #expect(piped.status == 0)
        #expect(piped.standardOutput.starts(with: Array("%PDF-".utf8)))
        #expect(piped.standardOutput == (try Data(contentsOf: kpi.folder.appending(path: "brief.pdf"))))
        #expect(piped.standardError.contains("wrote standard output ("))
        #expect(try kpi.files() == ["brief.pdf"])
    }

    @Test func helpShowsTheNewOptions() throws {
        let summarize = try kpi.run("summarize", "--help").text
        for option in ["--indicator", "--bom", "Thai or English name"] {
            #expect(summarize.contains(option), "\(option)")
        }
        let chart = try kpi.run("chart", "--help").text
        #expect(chart.contains("--format"))
        #expect(chart.contains("standard output"))
        #expect(try kpi.run("--help").text.contains("indicators"))
    }
}

/// `--level` and `--as-of` read straight into the library's types.
@Suite struct LevelAndAsOfArgumentTests {
    let kpi: KPICommand
    let womensFund = KPICommand.sample("womens-fund.csv")

    init() throws { kpi = try KPICommand() }

    /// The level column (the first) of each data row of a summary CSV.
    private func levels(_ csv: String) -> Set<Substring> {
        Set(csv.split(separator: "\n").dropFirst().map { $0.prefix { $0 != "," } })
    }

    @Test func oneLevelOrAll() throws {
        let zones = try kpi.run("summarize", womensFund, "--level", "zone", "--format", "csv")
        #expect(zones.status == 0)
        #expect(levels(zones.text) == ["zone"])
        let all = try kpi.run("summarize", womensFund, "--level", "all", "--format", "csv")
        #expect(levels(all.text) == ["district", "province", "zone", "nation"])
        #expect(try kpi.run("summarize", womensFund, "--format", "csv").text == all.text)
        let bogus = try kpi.run("summarize", womensFund, "--level", "region")
        #expect(bogus.status == 64)
        #expect(bogus.standardError.contains("'district', 'province', 'zone', 'nation' or 'all'"))
    }

    @Test func asOfIsAMonthOrItsLastDay() throws {
        let month = try kpi.run("summarize", womensFund, "--as-of", "2026-03", "--level", "nation", "--format", "csv")
        #expect(month.status == 0)
        #expect(month.text.contains(",2026-03-31,"))
        let lastDay = try kpi.run(
            "summarize", womensFund, "--as-of", "2026-03-31", "--level", "nation", "--format", "csv")
        #expect(lastDay.text == month.text)
        let midMonth = try kpi.run("summarize", womensFund, "--as-of", "2026-03-30")
        #expect(midMonth.status == 64)
        #expect(midMonth.standardError.contains("'2026-03-30' is not a month"))
    }
}
