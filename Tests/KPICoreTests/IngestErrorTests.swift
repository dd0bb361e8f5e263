import Foundation
import KPICore
import Testing

/// `Summarizer` throws `IngestError` when the files cannot be read as datasets at all, and
/// `InvalidInput` (record errors) when records break the contract: a caller tells them apart by
/// type, and the problem by `IngestError.problem`.
@Suite struct IngestErrorTests {
    let files = TestFiles()
    static let womensFundHeader = "as_of,province_code,district_code,loan_id,outstanding_baht,overdue_baht\n"

    /// The error `body` throws, failing the test when it throws none or another type.
    func ingestError(_ body: () throws -> Void) throws -> IngestError {
        do {
            try body()
        } catch let error as IngestError {
            return error
        }
        Issue.record("no error")
        throw CancellationError()
    }

    @Test func aMissingFileIsUnreadable() throws {
        let path = files.folder.appending(path: "missing.csv").path
        let error = try ingestError { _ = try Summarizer().summarize(SummaryRequest(files: [path])) }
        #expect(error.problem == .unreadable)
        #expect(error.detail.file == path)
        #expect(error.detail.line == 0)
        #expect(error.description.hasPrefix("\(path):0: cannot open the file: "))
    }

    @Test func aHeaderOfNoKindIsNotADataset() throws {
        let path = files.write("other.csv", "name,amount\nA,1\n")
        for summarizeIt in [true, false] {
            let error = try ingestError {
                if summarizeIt {
                    _ = try Summarizer().summarize(SummaryRequest(files: [path]))
                } else {
                    _ = try Summarizer().validate([path])
                }
            }
            #expect(error.problem == .notADataset)
            #expect(error.detail.line == 1)
            #expect(error.detail.reason.contains("cannot tell the dataset kind from the header name | amount"))
        }
    }

    /// A missing column of the kind given is found before any file is read: the first file is
    /// valid, the second lacks a column.
    @Test func aMissingColumnOfTheGivenKindIsNotADataset() throws {
        let valid = files.write("valid.csv", Self.womensFundHeader + "2024-06-30,50,5001,L1,100.00,0\n")
        let lacking = files.write(
            "lacking.csv", "as_of,province_code,district_code,loan_id,outstanding_baht\n2024-06-30,50,5001,L2,100.00\n")
        let error = try ingestError {
            _ = try Summarizer().summarize(SummaryRequest(files: [valid, lacking], kind: .womensFund))
        }
        #expect(
            error
                == IngestError(
                    .notADataset,
                    RowError(
                        file: lacking, line: 1, column: "overdue_baht",
                        reason: "missing required column overdue_baht for womens-fund data")))
    }

    @Test func aFileWithoutRecordsHasNoValidRecords() throws {
        let path = files.write("header-only.csv", Self.womensFundHeader)
        let error = try ingestError { _ = try Summarizer().summarize(SummaryRequest(files: [path])) }
        #expect(
            error
                == IngestError(
                    .noValidRecords, RowError(file: path, line: 1, reason: "no valid records: nothing to summarize")))
        #expect(error.description == "\(path):1: no valid records: nothing to summarize")
    }

    /// An invalid record is a record error, not an ingest error: `InvalidInput` lists it with
    /// its line and column.
    @Test func anInvalidRecordIsInvalidInput() throws {
        let path = files.write(
            "bad.csv", Self.womensFundHeader + "2024-06-30,50,5001,L1,100.00,0\n2024-06-30,50,5001,L2,abc,0\n")
        do {
            _ = try Summarizer().summarize(SummaryRequest(files: [path]))
            Issue.record("no error")
        } catch let invalid as InvalidInput {
            #expect(invalid.report.firstErrors.map(\.line) == [3])
            #expect(invalid.report.firstErrors.map(\.column) == ["outstanding_baht"])
        }
    }
}
