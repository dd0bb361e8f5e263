import KPICore
import KPIFuzzing
import Testing

/// The rules the corpus test and the fuzzers hold every outcome to, each shown to catch what it
/// is for.
@Suite struct FuzzCheckTests {
    /// A CSV input of three lines.
    private let bytes = Array("a,b\n1,2\n3,4".utf8)

    private func violations(_ outcome: FuzzOutcome, _ target: FuzzTarget = .csvReader) -> [String] {
        bytes.withUnsafeBytes { FuzzCheck.violations(of: outcome, bytes: $0, target: target) }
    }

    @Test("errors and records on the input's lines keep the rules")
    func locatedOutcomePasses() {
        let outcome = FuzzOutcome(errors: [RowError(file: "input.csv", line: 3, reason: "bad")], recordLines: [2, 3])
        #expect(violations(outcome) == [])
    }

    @Test("an error of another file, of line 0 or past the last line, or without a reason breaks them")
    func unlocatedErrorsAreCaught() {
        for error in [
            RowError(file: "/tmp/spill", line: 2, reason: "bad"), RowError(file: "input.csv", line: 0, reason: "bad"),
            RowError(file: "input.csv", line: 4, reason: "bad"), RowError(file: "input.csv", line: 2, reason: ""),
        ] {
            #expect(violations(FuzzOutcome(errors: [error])).count == 1, "\(error)")
        }
    }

    @Test("a workbook's whole-file error has line 0, and a sheet named after the file is the file")
    func workbookErrorsMayHaveNoRow() {
        let errors = [
            RowError(file: "input.xlsx", line: 0, reason: "not a workbook"),
            RowError(file: "input.xlsx[data]", line: 9, reason: "bad"),
        ]
        #expect(violations(FuzzOutcome(errors: errors), .xlsx) == [])
    }

    @Test("a decoder's input that starts as a zip archive is a workbook, whose whole-file errors have line 0")
    func decoderInputMayBeAWorkbook() {
        let error = RowError(file: "input.csv", line: 0, reason: "not a readable Excel workbook")
        let zip: [UInt8] = [0x50, 0x4B, 0x03, 0x04, 0x0A]
        #expect(
            zip.withUnsafeBytes { FuzzCheck.violations(of: FuzzOutcome(errors: [error]), bytes: $0, target: .bmn) }
                == [])
        #expect(violations(FuzzOutcome(errors: [error]), .bmn).count == 1)
    }

    @Test("a record on the header's line or past the last line, or an inconsistency, breaks them")
    func recordsAndInconsistenciesAreCaught() {
        #expect(violations(FuzzOutcome(recordLines: [1])).count == 1)
        #expect(violations(FuzzOutcome(recordLines: [2, 4])).count == 1)
        #expect(violations(FuzzOutcome(inconsistencies: ["differs"])) == ["differs"])
    }
}
