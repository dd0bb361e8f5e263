import KPICore
import KPIFuzzing
import Testing

/// One test per thing the fuzzers found, each with an input made to show it (the fuzzers' own
/// reproducers are in Fuzz/corpus, named `finding-*`).
@Suite struct FuzzFindingTests {
    /// The outcome of `bytes` read by `target`, which must keep every rule of `FuzzCheck`.
    private func outcome(_ bytes: [UInt8], _ target: FuzzTarget) -> FuzzOutcome {
        let outcome = FuzzHarness.run(bytes, through: target)
        #expect(bytes.withUnsafeBytes { FuzzCheck.violations(of: outcome, bytes: $0, target: target) } == [])
        return outcome
    }

    /// A sheet's XML as the xlsx target takes it (see `WorkbookParts`): two rows, then `tail`.
    private func sheet(tail: String) -> [UInt8] {
        let cell = { (text: String) in "<c t=\"inlineStr\"><is><t>\(text)</t></is></c>" }
        return Array("""
            <worksheet><sheetData><row r="1">\(cell("a"))\(cell("b"))</row><row r="2">\(cell("x"))\(cell("y"))</row>\
            </sheetData>\(tail)
            """.utf8)
    }

    @Test("what follows a sheet's rows is not read, whichever part of the reading it falls in")
    func xmlAfterSheetDataIsNotRead() {
        // A long element after </sheetData> puts the later parts' starts past it; one reader stops
        // at </sheetData> and never sees the tag cut short at the end, nor the row after it.
        let margins = "<pageMargins left=\"\(String(repeating: "0", count: 600))\"/>"
        for tail in [margins + "<", margins + "<row r=\"9\">\(String(repeating: " ", count: 300))<c t=\"b\"><v>1</v></c></row>"] {
            let read = outcome(sheet(tail: tail), .xlsx)
            #expect(read.errors == [])
            #expect(read.recordLines == [2])
        }
    }
}
