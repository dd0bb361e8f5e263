import Foundation
import Testing

/// Issue 12 through the command line: outputs that would destroy an input, window counts that
/// would run for ever, and a temporary folder that cannot be used.
@Suite struct UntrustedInputCommandTests {
    let kpi: KPICommand
    let data =
        "as_of,province_code,district_code,loan_id,outstanding_baht,overdue_baht\n2024-06-30,50,5001,L-1,100.00,0.00\n"

    init() throws { kpi = try KPICommand() }

    @Test func anOutputNamingAnInputIsRefused() throws {
        try Data(data.utf8).write(to: kpi.folder.appending(path: "wf.csv"))
        let result = try kpi.run("summarize", "wf.csv", "--as-of", "2024-06", "--format", "csv", "--output", "./wf.csv")
        #expect(result.status != 0)
        #expect(result.standardError.contains("wf.csv"))
        #expect(try String(contentsOf: kpi.folder.appending(path: "wf.csv"), encoding: .utf8) == data)
    }

    @Test(arguments: ["9223372036854775807", "100000000", "10000", "0"])
    func windowCountsOutOfRangeAreRefused(_ count: String) throws {
        let result = try kpi.run("windows", "--as-of", "2024-06", "--windows", count)
        #expect(result.status != 0)
        #expect(result.standardError.contains("--windows must be 1 to 40"))
    }

    @Test func theMostWindowsGoBackTenYears() throws {
        let result = try kpi.run("windows", "--as-of", "2024-06", "--windows", "40", "--lang", "en")
        #expect(result.status == 0)
        let windows = result.text.split(separator: "\n").filter { $0.hasPrefix("Q") }
        #expect(windows.count == 40)
        #expect(windows.first?.contains("1 July 2014") == true, "\(result.text)")
    }

    /// UTF-16 files need a UTF-8 copy in TMPDIR: when it cannot be made, one error says where and
    /// why, with no note that contradicts it.
    @Test func anUnusableTemporaryFolderIsSaidOnce() throws {
        for name in ["a.csv", "b.csv"] {
            try Data([0xFF, 0xFE] + Array(data.utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }).write(
                to: kpi.folder.appending(path: name))
        }
        let result = try kpi.run(["validate", "a.csv", "b.csv"], environment: ["TMPDIR": "/nonexistent/tmp"])
        #expect(result.status != 0)
        let lines = result.standardError.split(separator: "\n")
        #expect(lines.count == 1, "\(lines)")
        #expect(
            lines.first
                == "a.csv:0: cannot make the UTF-8 copy of this UTF-16 file: no temporary file can be made in /nonexistent/tmp (TMPDIR): No such file or directory"
        )
    }
}
