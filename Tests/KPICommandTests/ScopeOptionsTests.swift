import Foundation
import Testing

/// `--zone`, `--province` and `--nation`: one option group, checked the same way in every
/// command that takes it.
@Suite struct ScopeOptionsTests {
    let kpi: KPICommand
    let womensFund = KPICommand.sample("womens-fund.csv")

    init() throws { kpi = try KPICommand() }

    /// Each command that takes a scope, with what else it needs to run.
    var commands: [[String]] {
        [
            ["summarize", womensFund],
            ["chart", womensFund, "--indicator", "womens-fund.overdue-ratio", "--output", "x.png"],
            ["areas"], ["brief", womensFund, "--output", "x.pdf"],
        ]
    }

    @Test func aZoneAndAProvinceTogetherAreRefusedEverywhere() throws {
        for command in commands {
            let result = try kpi.run(command + ["--zone", "15", "--province", "50"])
            #expect(result.status != 0, "\(command[0])")
            #expect(result.standardOutput.isEmpty)
            let expected =
                command[0] == "brief"
                ? "give exactly one of --zone N, --province CODE or --nation"
                : "give --province or --zone, not both"
            #expect(result.standardError.contains(expected), "\(command[0]): \(result.standardError)")
        }
        #expect(!FileManager.default.fileExists(atPath: kpi.folder.appending(path: "x.png").path))
    }

    @Test func anAreaTheFilesHoldNothingOfGetsNoChartAndNoBrief() throws {
        // The sample has no record in Bangkok: a chart or brief of it would show nothing as if
        // it were data.
        for command in commands where command[0] == "chart" || command[0] == "brief" {
            let result = try kpi.run(command + ["--province", "10"])
            #expect(result.status != 0, "\(command[0])")
            #expect(
                result.standardError.contains("the input has no data for Bangkok (กรุงเทพมหานคร): nothing is written"),
                "\(command[0]): \(result.standardError)")
        }
        for output in ["x.png", "x.pdf"] {
            #expect(!FileManager.default.fileExists(atPath: kpi.folder.appending(path: output).path))
        }
        let zone = try kpi.run([
            "chart", womensFund, "--indicator", "womens-fund.overdue-ratio", "--zone", "1", "--output", "y.png",
        ])
        #expect(zone.standardError.contains("the input has no data for Inspection Zone 1"), "\(zone.standardError)")
        let covered = try kpi.run([
            "chart", womensFund, "--indicator", "womens-fund.overdue-ratio", "--province", "50", "--output", "x.png",
        ])
        #expect(covered.status == 0, "\(covered.standardError)")
    }

    @Test func anAreaNotInTheGeographyIsRefusedEverywhere() throws {
        for command in commands {
            let zone = try kpi.run(command + ["--zone", "19"])
            #expect(zone.status != 0)
            #expect(zone.standardError.contains("no inspection zone 19: zones are numbered 1 to 18"), "\(command[0])")
            let province = try kpi.run(command + ["--province", "99"])
            #expect(province.status != 0)
            #expect(
                province.standardError.contains("no province with code 99 (codes run from 10 to 96)"), "\(command[0])")
        }
    }

    @Test func bangkoksDistrictsAreListedAsเขตWithแขวง() throws {
        let bangkok = try kpi.run("areas", "--province", "กรุงเทพมหานคร")
        #expect(bangkok.status == 0)
        #expect(bangkok.text.hasPrefix("รหัส   เขต"), "\(bangkok.text.prefix(80))")
        #expect(bangkok.text.split(separator: "\n")[0].hasSuffix("แขวง"))
        let chiangMai = try kpi.run("areas", "--province", "50")
        #expect(chiangMai.text.split(separator: "\n")[0].contains("อำเภอ"))
        #expect(chiangMai.text.split(separator: "\n")[0].hasSuffix("ตำบล"))
    }

    @Test func onlyTheBriefTakesTheNationAndNeedsOneScope() throws {
        let brief = commands[3]
        #expect(try kpi.run(brief).standardError.contains("give exactly one of --zone N, --province CODE or --nation"))
        let both = try kpi.run(brief + ["--zone", "15", "--nation"])
        #expect(both.status != 0)
        #expect(both.standardError.contains("give exactly one of --zone N, --province CODE or --nation"))
        #expect(try kpi.run("brief", "--help").text.contains("--nation"))
        for command in commands.dropLast() {
            let result = try kpi.run(command + ["--nation"])
            #expect(result.status != 0, "\(command[0])")
            #expect(
                result.standardError.contains("Unknown option '--nation'"), "\(command[0]): \(result.standardError)")
            #expect(!(try kpi.run(command[0], "--help").text.contains("--nation")), "\(command[0])")
        }
    }
}
