import Foundation
import Testing

@testable import KPICore

@Suite struct FileIdentityTests {
    private let data =
        "as_of,province_code,district_code,loan_id,outstanding_baht,overdue_baht\n2024-12-31,50,5001,L1,100.00,0.00\n"

    @Test func theSameFileGivenTwiceIsRefused() throws {
        let files = TestFiles()
        let path = files.write("wf.csv", data)
        let link = files.folder.appending(path: "link.csv").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: path)
        for pair in [[path, path], [path, files.folder.appending(path: "./wf.csv").path], [path, link]] {
            #expect(
                throws: IngestError(
                    .givenTwice,
                    RowError(
                        file: pair[1], line: 0,
                        reason: (pair[0] == pair[1] ? "given twice" : "the same file as \(pair[0])")
                            + ": give each file once"))
            ) {
                try Summarizer().summarize(SummaryRequest(files: pair, asOf: YearMonth(year: 2024, month: 12)))
            }
        }
        let copy = files.write("copy.csv", data)
        #expect(FileIdentity.firstRepeat(in: [path, copy]) == nil, "a copy is another file")
    }

    @Test func anOutputNamingAnInputIsFound() throws {
        let files = TestFiles()
        let input = files.write("wf.csv", data)
        let other = files.write("other.csv", data)
        #expect(
            FileIdentity.input(
                [other, input], overwrittenBy: files.folder.path + "/../\(files.folder.lastPathComponent)/wf.csv")
                == input)
        #expect(FileIdentity.input([other], overwrittenBy: input) == nil)
        #expect(FileIdentity.input([input], overwrittenBy: files.folder.appending(path: "new.csv").path) == nil)
    }

    @Test func aFIFOIsRefusedWithoutWaitingForAWriter() throws {
        let files = TestFiles()
        let fifo = files.folder.appending(path: "pipe.csv").path
        #expect(mkfifo(fifo, 0o600) == 0)
        #expect(
            throws: RowError(
                file: fifo, line: 0, reason: "it is a FIFO (a pipe), not a regular file: give a saved data file")
        ) {
            try RecordSources.open(path: fifo)
        }
    }
}
