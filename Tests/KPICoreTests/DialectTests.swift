import Foundation
import Testing

@testable import KPICore

/// One Women's Fund table, valid and invalid records, written in each dialect an office may
/// save: every dialect must give the summary, errors and counts of the UTF-8 comma CSV.
@Suite struct DialectTests {
    /// How a dialect writes the table.
    struct Dialect: CustomTestStringConvertible, Sendable {
        var name: String
        var separator = ","
        var lineEnd = "\n"
        var byteOrder: UTF16Transcoder.ByteOrder?
        /// Header names, in the contract's column order.
        var header = Self.contractHeader
        /// How a valid date is written, from its ISO form.
        var date: @Sendable (CivilDate) -> String = { iso($0) }
        var reading = ReadOptions()

        var testDescription: String { name }

        static let contractHeader = DatasetKind.womensFund.requiredColumns
    }

    static let dialects: [Dialect] = [
        Dialect(name: "semicolon, CRLF", separator: ";", lineEnd: "\r\n"),
        Dialect(name: "tab", separator: "\t"),
        Dialect(name: "UTF-16 LE, tab", separator: "\t", byteOrder: .littleEndian),
        Dialect(name: "UTF-16 BE, tab, CRLF", separator: "\t", lineEnd: "\r\n", byteOrder: .bigEndian),
        Dialect(
            name: "Thai headers", header: ["วันที่ข้อมูล", "รหัสจังหวัด", " รหัสอำเภอ", "เลขที่สัญญา", "เงินต้นคงค้าง", "หนี้เกินกำหนดชำระ"]),
        Dialect(
            name: "Thai headers, other names, semicolon", separator: ";",
            header: ["ข้อมูล ณ วันที่", "รหัสจังหวัด", "รหัสอำเภอ", "รหัสโครงการ", "ยอดคงค้าง", "ยอดค้างชำระ"]),
        Dialect(
            name: "--column",
            header: ["as_of", "Province", "District", "Loan No.", "outstanding_baht", "overdue_baht"],
            reading: ReadOptions(columns: [
                "province_code": "province", "district_code": "DISTRICT", "loan_id": "Loan No.",
            ])),
        Dialect(name: "zero time", date: { "\(iso($0)) 00:00:00" }),
        Dialect(name: "zero time with T, tab", separator: "\t", date: { "\(iso($0))T00:00:00.000" }),
        Dialect(
            name: "Thai month abbreviations",
            date: { "\($0.day) \(MonthNames.thaiAbbreviated[$0.month - 1]) \($0.year + 543)" }),
        Dialect(
            name: "Thai month names, no spaces, semicolon", separator: ";",
            date: { "\($0.day)\(MonthNames.thaiFull[$0.month - 1])\($0.year + 543)" }),
        Dialect(
            name: "Thai month abbreviations without dots",
            date: {
                "\($0.day)  \(MonthNames.thaiAbbreviated[$0.month - 1].replacingOccurrences(of: ".", with: "")) \($0.year + 543)"
            }),
    ]

    /// The table: 3 month ends × 3 districts × 40 loans, then records that break the contract,
    /// a record of empty fields and a blank line. `nil` is a blank line; a date is `CivilDate`
    /// where valid, so that dialects may write it their way.
    static let records: [[Field]?] = {
        var records: [[Field]?] = []
        let monthEnds = [
            CivilDate(year: 2024, month: 4, day: 30)!, CivilDate(year: 2024, month: 5, day: 31)!,
            CivilDate(year: 2024, month: 6, day: 30)!,
        ]
        for (month, date) in monthEnds.enumerated() {
            for district in ["5001", "5002", "1001"] {
                for loan in 1...40 {
                    let outstanding = 1_000 + loan * 137 + month * 11
                    let overdue = loan % 4 == 0 ? outstanding / 9 : 0
                    let money =
                        loan % 7 == 0
                        ? "\"\(outstanding / 1000),\(String(outstanding % 1000 + 1000).dropFirst()).50\""
                        : "\(outstanding).50"
                    records.append([
                        .date(date), .text(String(district.prefix(2))), .text(district),
                        .text(loan % 5 == 0 ? "สัญญา \(district)-\(loan)" : "WF\(district)-\(loan)"),
                        .text(money), .text("\(overdue)"),
                    ])
                }
            }
            if month == 1 { records += [[.text(""), .text(""), .text(""), .text(""), .text(""), .text("")], nil] }
        }
        let june = monthEnds[2]
        records += [
            [.date(june), .text("50"), .text("9999"), .text("WF-X1"), .text("10.00"), .text("0")],  // unknown district
            [.date(june), .text("50"), .text("5001"), .text("WF5001-3"), .text("10.00"), .text("0")],  // duplicate id
            [.text("2024-13-01"), .text("50"), .text("5001"), .text("WF-X2"), .text("10.00"), .text("0")],  // bad date
            // overdue > outstanding
            [.date(june), .text("50"), .text("5001"), .text("WF-X3"), .text("10.00"), .text("20.00")],
            [.date(june), .text("50"), .text("5001"), .text("WF-X4"), .text("10.00")],  // a field short
            [.date(june), .text("50"), .text("5002"), .text("WF-X5"), .text("-3"), .text("0")],  // negative money
            // separators in an id
            [.date(june), .text("50"), .text("5002"), .text("WF-X6;\t,"), .text("3"), .text("0")],
            [.text(""), .text(""), .text(""), .text(""), .text(""), .text("")],
        ]
        return records
    }()

    enum Field {
        case date(CivilDate)
        /// Written as is; a leading `"` means it is quoted already (a money amount with a comma).
        case text(String)
    }

    /// The table in `dialect`, as file bytes.
    static func bytes(_ dialect: Dialect) -> [UInt8] {
        func quoted(_ value: String) -> String {
            let special = value.contains(dialect.separator) || value.contains("\"") || value.contains("\n")
            return special ? "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : value
        }
        var lines = [dialect.header.map(quoted).joined(separator: dialect.separator)]
        for record in records {
            lines.append(
                record.map { fields in
                    fields.map { field in
                        switch field {
                        case .date(let date): return quoted(dialect.date(date))
                        case .text(let text) where text.hasPrefix("\""): return text
                        case .text(let text): return quoted(text)
                        }
                    }.joined(separator: dialect.separator)
                } ?? "")
        }
        let text = lines.joined(separator: dialect.lineEnd) + dialect.lineEnd
        guard let byteOrder = dialect.byteOrder else { return Array(text.utf8) }
        return utf16(text, byteOrder)
    }

    /// What a run gives, with the file's name left out of its errors.
    struct Outcome: Equatable {
        var summaryCSV: [UInt8]
        var errors: [String]
        var countByReason: [String: Int]
        var rows: Int
        var emptyRows: Int
    }

    static func outcome(_ dialect: Dialect, files: TestFiles) throws -> Outcome {
        let path = files.write("\(dialect.name).csv", bytes(dialect))
        let request = SummaryRequest(
            files: [path], asOf: YearMonth(year: 2024, month: 6), windowCount: 1,
            reading: dialect.reading, skipInvalid: true)
        let (summary, report) = try Summarizer().summarize(request)
        let validated = try Summarizer().validate([path], reading: dialect.reading)
        #expect(validated.firstErrors == report.firstErrors)
        return Outcome(
            summaryCSV: Array(SummaryCSVWriter().render(summary).utf8),
            errors: report.firstErrors.map { $0.description.replacingOccurrences(of: path, with: "FILE") },
            countByReason: report.issues.countByReason,
            rows: report.files.map(\.rows).reduce(0, +),
            emptyRows: report.files.map(\.emptyRowsSkipped).reduce(0, +))
    }

    @Test func referenceHasEveryKindOfRecord() throws {
        let files = TestFiles()
        let reference = try Self.outcome(Dialect(name: "comma"), files: files)
        #expect(reference.rows == 3 * 3 * 40 + 1)  // the id with separators is valid
        #expect(reference.emptyRows == 3)
        #expect(reference.errors.count == 6)
        #expect(
            reference.errors.contains(
                "FILE:364: column district_code: '9999' is not in the geography tables (Datasets/geography)"))
        #expect(reference.errors.contains("FILE:368: record has 5 fields, the header has 6"))
        #expect(reference.summaryCSV.count > 1_000)
    }

    @Test(arguments: dialects)
    func dialectReadsLikeTheCommaFile(_ dialect: Dialect) throws {
        let files = TestFiles()
        let reference = try Self.outcome(Dialect(name: "comma"), files: files)
        let outcome = try Self.outcome(dialect, files: files)
        #expect(outcome.errors == reference.errors)
        #expect(outcome.countByReason == reference.countByReason)
        #expect(outcome.rows == reference.rows)
        #expect(outcome.emptyRows == reference.emptyRows)
        #expect(outcome.summaryCSV == reference.summaryCSV, "summary differs")
        #expect(Self.bytes(dialect) != Self.bytes(Dialect(name: "comma")))
    }

    @Test func nonZeroTimeIsAnErrorNamingIt() throws {
        let files = TestFiles()
        let path = files.write(
            "time.csv",
            "as_of,province_code,district_code,loan_id,outstanding_baht,overdue_baht\n2024-06-30 00:00:00,50,5001,A,1,0\n2024-06-30 08:30:00,50,5001,B,1,0\n"
        )
        let report = try Summarizer().validate([path])
        #expect(
            report.firstErrors == [
                RowError(
                    file: path, line: 3, column: "as_of",
                    reason: "'2024-06-30 08:30:00' has a time of day: a date takes none, or a zero time (00:00:00)")
            ])
    }

    @Test func noSeparatorGivesAKind() throws {
        let files = TestFiles()
        let path = files.write("unknown.csv", "as_of;province_code;district_code;loan;outstanding_baht;overdue_baht\n")
        do {
            _ = try Summarizer().validate([path])
            Issue.record("no error")
        } catch let error as IngestError {
            #expect(error.problem == .notADataset)
            #expect(error.detail.line == 1)
            #expect(
                error.detail.reason.contains(
                    "as_of | province_code | district_code | loan | outstanding_baht | overdue_baht (split at semicolons"
                ))
        }
        #expect(
            throws: IngestError(
                .notADataset,
                RowError(
                    file: path, line: 1, column: "loan_id",
                    reason: "missing required column loan_id for womens-fund data"))
        ) {
            try Summarizer().validate([path], kind: .womensFund)
        }
    }
}

@Suite struct HeaderNameTests {
    @Test func everyContractColumnHasAThaiName() {
        for kind in DatasetKind.allCases {
            let named = Set(HeaderNames.thaiNames.values)
            #expect(kind.requiredColumns.allSatisfy(named.contains), "\(kind)")
        }
    }

    @Test func noThaiNameStandsForTwoColumns() throws {
        let lines = EmbeddedDatasets.files["header-names.csv"]!.split(separator: "\n").dropFirst()
        let names = lines.map { HeaderNames.normalised(String($0.split(separator: ",")[1])) }
        #expect(names.count >= DatasetKind.allContractColumns.count)
        #expect(Set(names).count == names.count)
        #expect(names.allSatisfy { !DatasetKind.allContractColumns.contains($0) })
    }

    @Test func matchingIgnoresCaseSpacesAndAByteOrderMark() {
        let names = HeaderNames.contractNames(["\u{FEFF}AS_OF ", " รหัสจังหวัด\t", "Other Name"], options: ReadOptions())
        #expect(names == ["as_of", "province_code", "other name"])
    }

    @Test func unknownContractColumnInAnOverrideIsAnError() {
        let files = TestFiles()
        let path = files.write("wf.csv", "as_of,province_code,district_code,เลขที่กู้,outstanding_baht,overdue_baht\n")
        do {
            _ = try CSVFile(path: path, displayName: "wf.csv", options: ReadOptions(columns: ["loan": "เลขที่กู้"]))
            Issue.record("no error")
        } catch {
            #expect(error.file == "wf.csv" && error.line == 1)
            #expect(error.reason.contains("loan is not a contract column"))
            #expect(error.reason.contains(DatasetKind.allContractColumns.joined(separator: ", ")))
        }
    }

    @Test func overrideHeaderMissingFromTheFileIsAnError() {
        let files = TestFiles()
        let path = files.write("wf.csv", "as_of,province_code,district_code,loan_id,outstanding_baht,overdue_baht\n")
        #expect(
            throws: RowError(file: "wf.csv", line: 1, reason: "--column loan_id=เลขที่กู้: the header has no column เลขที่กู้")
        ) {
            try CSVFile(path: path, displayName: "wf.csv", options: ReadOptions(columns: ["loan_id": "เลขที่กู้"]))
        }
        let file = try? CSVFile(path: path, options: ReadOptions(columns: ["loan_id": " LOAN_ID"]))
        #expect(file?.header == DatasetKind.womensFund.requiredColumns)
    }
}

private func iso(_ date: CivilDate) -> String {
    String(format: "%04d-%02d-%02d", date.year, date.month, date.day)
}
