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

    /// A cell of inline text.
    private func cell(_ text: String) -> String { "<c t=\"inlineStr\"><is><t>\(text)</t></is></c>" }

    /// A sheet's XML as the xlsx target takes it (see `WorkbookParts`): a header row, then `rest`.
    private func sheet(_ rest: String) -> [UInt8] {
        Array("<worksheet><sheetData><row r=\"1\">\(cell("a"))\(cell("b"))</row>\(rest)".utf8)
    }

    @Test("what follows a sheet's rows is not read, whichever part of the reading it falls in")
    func xmlAfterSheetDataIsNotRead() {
        // A long element after </sheetData> puts the later parts' starts past it; one reader stops
        // at </sheetData> and never sees the tag cut short at the end, nor the row after it.
        let margins = "<pageMargins left=\"\(String(repeating: "0", count: 600))\"/>"
        for tail in [
            margins + "<", margins + "<row r=\"9\">\(String(repeating: " ", count: 300))<c t=\"b\"><v>1</v></c></row>",
        ] {
            let read = outcome(sheet("<row r=\"2\">\(cell("x"))\(cell("y"))</row></sheetData>" + tail), .xlsx)
            #expect(read.errors == [])
            #expect(read.recordLines == [2])
        }
    }

    @Test("a row numbered below the one before is the error, even when the file ends inside it")
    func rowOutOfOrderBeforeItsEnd() {
        // Row 3's long cell puts the later parts' starts inside it, so the part before stops at
        // the second row 2, where one reader used to read on and meet the end of the file first.
        let rows =
            "<row r=\"2\">\(cell("x"))\(cell("y"))</row><row r=\"3\">\(cell(String(repeating: "z", count: 600)))\(cell("w"))</row>"
        let read = outcome(sheet(rows + "<row r=\"2\"><c t=\"inlineStr\"><is><t>cut"), .xlsx)
        #expect(read.errors.map(\.line) == [2])
        #expect(read.errors.first?.reason.hasSuffix("(row 2 comes after row 3)") == true)
    }

    @Test("a row tag inside another tag's quoted value is no row, wherever the reading of a part starts")
    func rowTagInsideAValueIsNoRow() {
        // The later parts start inside the long value, where `<row r="9">` looks like a row tag;
        // one reader reads the element whole and goes on to row 10.
        let ghost = "<row r=\"9\">\(cell("ghost"))</row>"
        let rows =
            "<row r=\"2\">\(cell("x"))</row><row r=\"3\">\(cell("y"))</row>"
            + "<x a=\"\(String(repeating: " ", count: 900))\(ghost)\"/><row r=\"10\">\(cell("z"))</row></sheetData>"
        let read = outcome(sheet(rows), .xlsx)
        #expect(read.errors == [])
        #expect(read.recordLines == Array(2...10))
        #expect(!read.transcript.contains("ghost"))
    }
}
