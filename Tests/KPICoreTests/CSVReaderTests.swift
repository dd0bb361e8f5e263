import Foundation
import Testing

@testable import KPICore

/// A record as the tests compare it: its line and its fields as text.
private struct Row: Equatable, CustomStringConvertible {
    var line: Int
    var fields: [String]
    var description: String { "\(line): \(fields)" }
}

/// Copies every record and problem it is given.
private struct CollectingSink: CSVRecordSink {
    var rows: [Row] = []
    var problems: [CSVProblem] = []
    var bytes: [[UInt8]] = []
    var emptyLines: [Int] = []

    mutating func consume(_ record: CSVRecord) {
        let fields = (0..<record.fieldCount).map { Array(record[$0]) }
        bytes += fields
        rows.append(Row(line: record.line, fields: fields.map { String(decoding: $0, as: UTF8.self) }))
    }

    mutating func reject(_ problem: CSVProblem) { problems.append(problem) }

    mutating func skipEmptyRecord(line: Int) { emptyLines.append(line) }

    var needsFileLinesWhileReading: Bool { false }

    mutating func shiftLines(by delta: Int) {
        for index in rows.indices { rows[index].line += delta }
        for index in problems.indices { problems[index].line += delta }
        for index in emptyLines.indices { emptyLines[index] += delta }
    }
}

/// A file's header and everything its sinks got, in file order.
private struct ReadResult {
    var header: [String]
    var rows: [Row]
    var problems: [CSVProblem]
    var bytes: [[UInt8]]
    /// Lines of the records skipped as empty.
    var emptyLines: [Int]
    /// The separator the reader found.
    var separator: CSVSeparator
    /// Records per chunk.
    var rowsPerChunk: [Int]
}

/// Writes `content` to a temporary file, reads it, and deletes the file.
private func read(_ content: [UInt8], chunks: Int = 1, encoding: TextEncoding = .utf8) throws -> ReadResult {
    try withTemporaryFile(content) { path in
        let file = try CSVFile(path: path, displayName: "test.csv", options: ReadOptions(encoding: encoding))
        let isUTF16 = content.starts(with: [0xFF, 0xFE]) || content.starts(with: [0xFE, 0xFF])
        #expect(file.byteCount == content.count || isUTF16)
        let sinks = try file.read(chunks: chunks) { _ in CollectingSink() }
        #expect(sinks.count == chunks)
        return ReadResult(
            header: file.header, rows: sinks.flatMap(\.rows), problems: sinks.flatMap(\.problems),
            bytes: sinks.flatMap(\.bytes), emptyLines: sinks.flatMap(\.emptyLines), separator: file.separator,
            rowsPerChunk: sinks.map(\.rows.count))
    }
}

private func read(_ text: String, chunks: Int = 1) throws -> ReadResult {
    try read(Array(text.utf8), chunks: chunks)
}

/// The `RowError` that opening `content` throws, if any.
private func openingError(_ content: [UInt8], encoding: TextEncoding = .utf8) throws -> RowError? {
    try withTemporaryFile(content) { (path) -> RowError? in
        do throws(RowError) {
            _ = try CSVFile(path: path, displayName: "test.csv", options: ReadOptions(encoding: encoding))
            return nil
        } catch {
            return error
        }
    }
}

private func withTemporaryFile<Value>(_ content: [UInt8], _ body: (String) throws -> Value) throws -> Value {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("csv-reader-test-\(UUID().uuidString).csv")
    try Data(content).write(to: url)
    defer { try? FileManager.default.removeItem(at: url) }
    return try body(url.path)
}

private let invalidUTF8Reason =
    "invalid UTF-8: a Thai file exported as Windows-874 / TIS-620 can be read with --encoding tis-620, or re-saved as UTF-8"

@Suite struct CSVReaderTests {
    @Test func quotedCommasAndDoubledQuotes() throws {
        let result = try read("name,note\n\"a,b\",\"say \"\"hi\"\"\"\n\"\",plain\n")
        #expect(result.header == ["name", "note"])
        #expect(result.rows == [Row(line: 2, fields: ["a,b", "say \"hi\""]), Row(line: 3, fields: ["", "plain"])])
        #expect(result.problems.isEmpty)
    }

    @Test func quotedLineBreakShiftsTheLinesOfLaterRecords() throws {
        let result = try read("id,text\n1,\"two\nlines\"\n2,x,extra\n3,ok\n")
        #expect(result.rows == [Row(line: 2, fields: ["1", "two\nlines"]), Row(line: 5, fields: ["3", "ok"])])
        #expect(result.problems == [CSVProblem(line: 4, field: nil, reason: "record has 3 fields, the header has 2")])
    }

    @Test func crlfLineEndsAreStripped() throws {
        let result = try read("a,b\r\n1,2\r\n\"x\r\ny\",3\r\n4,\"\"\r\n")
        #expect(result.header == ["a", "b"])
        #expect(
            result.rows == [
                Row(line: 2, fields: ["1", "2"]), Row(line: 3, fields: ["x\r\ny", "3"]),
                Row(line: 5, fields: ["4", ""]),
            ])
    }

    @Test func byteOrderMarkIsSkipped() throws {
        let result = try read([0xEF, 0xBB, 0xBF] + Array("Code,Name\n1,x\n".utf8))
        #expect(result.header == ["code", "name"])
        #expect(result.rows == [Row(line: 2, fields: ["1", "x"])])
    }

    @Test func lastRecordWithoutLineFeed() throws {
        let result = try read("a,b\n1,2\n3,4")
        #expect(result.rows == [Row(line: 2, fields: ["1", "2"]), Row(line: 3, fields: ["3", "4"])])
        #expect(try read("a,b\n1,\"2\"").rows == [Row(line: 2, fields: ["1", "2"])])
    }

    @Test func headerNamesAreTrimmedAndLowercased() throws {
        let result = try read(" Province_Code ,\"  District_CODE\",Name\n50,5001,x\n")
        #expect(result.header == ["province_code", "district_code", "name"])
    }

    @Test func wrongFieldCount() throws {
        let result = try read("a,b,c\n1,2\n1,2,3\n1,2,3,4\n")
        #expect(result.rows == [Row(line: 3, fields: ["1", "2", "3"])])
        #expect(
            result.problems == [
                CSVProblem(line: 2, field: nil, reason: "record has 2 fields, the header has 3"),
                CSVProblem(line: 4, field: nil, reason: "record has 4 fields, the header has 3"),
            ])
    }

    @Test func manyFields() throws {
        let names = (1...40).map { "c\($0)" }
        let values = (1...40).map { "\"v,\($0)\"" }
        let result = try read(names.joined(separator: ",") + "\n" + values.joined(separator: ",") + "\n1,2\n")
        #expect(result.header == names)
        #expect(result.rows == [Row(line: 2, fields: (1...40).map { "v,\($0)" })])
        #expect(result.problems == [CSVProblem(line: 3, field: nil, reason: "record has 2 fields, the header has 40")])
        let wide = try read("a,b\n" + Array(repeating: "x", count: 50).joined(separator: ",") + "\n1,2\n")
        #expect(wide.rows == [Row(line: 3, fields: ["1", "2"])])
        #expect(wide.problems == [CSVProblem(line: 2, field: nil, reason: "record has 50 fields, the header has 2")])
    }

    @Test func recordsOfEmptyFieldsAreSkippedAndCounted() throws {
        let result = try read("a,b\n1,2\n\n3,4\n,\r\n\"\",\"\"\n5,6\n,\n\n")
        #expect(
            result.rows == [
                Row(line: 2, fields: ["1", "2"]), Row(line: 4, fields: ["3", "4"]), Row(line: 7, fields: ["5", "6"]),
            ])
        #expect(result.problems.isEmpty)
        #expect(result.emptyLines == [3, 5, 6, 8])
        let oneColumn = try read("a\n1\n\n2\n\r\n")
        #expect(oneColumn.rows == [Row(line: 2, fields: ["1"]), Row(line: 4, fields: ["2"])])
        #expect(oneColumn.emptyLines == [3])
        // A field of spaces is not empty: the record keeps its field-count check.
        let spaces = try read("a,b,c\n , \n")
        #expect(spaces.emptyLines.isEmpty)
        #expect(spaces.problems == [CSVProblem(line: 2, field: nil, reason: "record has 2 fields, the header has 3")])
    }

    @Test func emptyHeaderLineIsAnErrorOnLine1() throws {
        #expect(
            try openingError(Array(",,\n1,2,3\n".utf8))
                == RowError(file: "test.csv", line: 1, reason: "the header line is empty"))
    }

    @Test(arguments: [CSVSeparator.semicolon, .tab])
    func separatorIsFoundFromTheHeader(separator: CSVSeparator) throws {
        let sep = String(UnicodeScalar(separator.rawValue))
        let result = try read("a\(sep)b\(sep)c\n1\(sep)\"x\(sep)y,z\"\(sep)3\n\(sep)\(sep)\n4\(sep)5\n")
        #expect(result.separator == separator)
        #expect(result.header == ["a", "b", "c"])
        #expect(result.rows == [Row(line: 2, fields: ["1", "x\(sep)y,z", "3"])])
        #expect(result.emptyLines == [3])
        #expect(result.problems == [CSVProblem(line: 4, field: nil, reason: "record has 2 fields, the header has 3")])
    }

    @Test func separatorThatGivesADatasetKindWins() throws {
        // Split at commas this header has more fields, but only the semicolons give the columns
        // of a dataset kind.
        let header = "a,b,c,d,e,f,g,h;indicator_id;period_end;province_code;district_code;numerator;denominator"
        let result = try read(header + "\n1,2;x;2024-06-30;50;5001;1;2\n")
        #expect(result.separator == .semicolon)
        #expect(result.header.dropFirst().first == "indicator_id")
        #expect(result.rows == [Row(line: 2, fields: ["1,2", "x", "2024-06-30", "50", "5001", "1", "2"])])
        #expect(try read("a,b;c\n1,2;3\n").separator == .comma)
    }

    @Test(arguments: ["a,b\r1,2\r3,4\r", "a;b\r1;2\r", "a,b\r1,2\r\n"])
    func linesEndingInCRAloneAreAnErrorOnLine1(content: String) throws {
        let error = try openingError(Array(content.utf8))
        #expect(error?.line == 1)
        #expect(error?.reason.contains("carriage return (CR) alone") == true)
        #expect(try openingError(Array("a,b\r\n1,2\r\n".utf8)) == nil)
    }

    @Test(arguments: [UTF16Transcoder.ByteOrder.littleEndian, .bigEndian], [1, 3])
    func utf16WithAByteOrderMarkReadsLikeUTF8(byteOrder: UTF16Transcoder.ByteOrder, chunks: Int) throws {
        // Tab separated, as Excel saves "Unicode text"; with a character outside the BMP (a
        // surrogate pair) and Thai text.
        let text = Self.generatedFile(records: 3_000, separator: "\t").replacingOccurrences(of: "plain", with: "𝑥 ไทย")
        let utf8 = try read(Array(text.utf8), chunks: 1)
        let decoded = try read(utf16(text, byteOrder), chunks: chunks)
        #expect(decoded.separator == .tab)
        #expect(decoded.header == utf8.header)
        #expect(firstDifference(decoded.rows, utf8.rows) == nil)
        #expect(firstDifference(decoded.problems, utf8.problems) == nil)
        #expect(decoded.rows.count > 2_500)
    }

    @Test(arguments: [UTF16Transcoder.ByteOrder.littleEndian, .bigEndian])
    func unpairedSurrogateNamesTheField(byteOrder: UTF16Transcoder.ByteOrder) throws {
        var content = utf16("a\tb\n1\tx", byteOrder)
        content += byteOrder == .littleEndian ? [0x00, 0xD8] : [0xD8, 0x00]  // a high surrogate, alone
        content += utf16("y\n2\tz\n", byteOrder).dropFirst(2)
        let result = try read(content)
        #expect(result.rows == [Row(line: 3, fields: ["2", "z"])])
        #expect(result.problems == [CSVProblem(line: 2, field: 1, reason: UTF16Transcoder.unpairedSurrogateReason)])
    }

    @Test func utf16WithoutAByteOrderMarkIsNamed() throws {
        var littleEndian = utf16("as_of\tprovince_code\n", .littleEndian)
        littleEndian.removeFirst(2)
        let error = try openingError(littleEndian)
        #expect(error?.line == 1)
        #expect(error?.reason.contains("UTF-16 (little-endian) without a byte-order mark") == true)
        #expect(error?.reason.contains("tis-620") == false)
        var bigEndian = utf16("as_of\tprovince_code\n", .bigEndian)
        bigEndian.removeFirst(2)
        #expect(try openingError(bigEndian)?.reason.contains("UTF-16 (big-endian)") == true)
    }

    @Test func unterminatedQuoteIsReportedWhereItsRecordStarts() throws {
        let result = try read("a,b\n1,2\n3,\"open\nmore\n4,5\n")
        #expect(result.rows == [Row(line: 2, fields: ["1", "2"])])
        #expect(
            result.problems == [
                CSVProblem(
                    line: 3, field: nil, reason: "unterminated quoted field: the quote opened here is never closed")
            ])
    }

    @Test func quoteInsideAnUnquotedField() throws {
        let result = try read("a,b\n1,x\"y\"\n2,3\n")
        #expect(result.rows == [Row(line: 3, fields: ["2", "3"])])
        #expect(result.problems.map(\.line) == [2])
        #expect(result.problems.map(\.field) == [1])
        #expect(result.problems.first?.reason.hasPrefix("a quote inside an unquoted field") == true)
    }

    @Test func strayQuoteSpoilsOnlyItsOwnRecord() throws {
        let result = try read("a,b\n1,5\"\n2,3\n4,x\"\n5,6\n")
        #expect(result.rows == [Row(line: 3, fields: ["2", "3"]), Row(line: 5, fields: ["5", "6"])])
        #expect(result.problems.map(\.line) == [2, 4])
        #expect(result.problems.map(\.field) == [1, 1])
    }

    @Test func quotedFieldLeftOpenRunsOnlyToTheNextQuote() throws {
        let result = try read("a,b\n1,\"open\n2,3\n4,\"x\"\n5,6\n")
        #expect(result.rows == [Row(line: 5, fields: ["5", "6"])])
        #expect(
            result.problems == [CSVProblem(line: 2, field: 1, reason: "text after the closing quote of a quoted field")]
        )
    }

    @Test func textAfterAClosingQuote() throws {
        let result = try read("a,b\n\"ab\"c,d\n1,2\n")
        #expect(result.rows == [Row(line: 3, fields: ["1", "2"])])
        #expect(
            result.problems == [CSVProblem(line: 2, field: 0, reason: "text after the closing quote of a quoted field")]
        )
    }

    @Test func invalidUTF8NamesTheField() throws {
        let result = try read(Array("a,b,c\n1,ok,x\n2,เชียงใหม่,caf".utf8) + [0xE9] + Array("\n3,x,y\n".utf8))
        #expect(result.rows == [Row(line: 2, fields: ["1", "ok", "x"]), Row(line: 4, fields: ["3", "x", "y"])])
        #expect(result.problems == [CSVProblem(line: 3, field: 2, reason: invalidUTF8Reason)])
    }

    @Test func invalidUTF8InTheHeaderIsAnErrorOnLine1() throws {
        let error = try openingError(Array("a,".utf8) + [0xC0, 0xAF] + Array("\n1,2\n".utf8))
        #expect(error == RowError(file: "test.csv", line: 1, reason: "header field 2: " + invalidUTF8Reason))
    }

    @Test func tis620IsConvertedToUTF8() throws {
        // "เชียงใหม่" in TIS-620, then Windows-874's €, en dash and no-break space.
        let chiangMai: [UInt8] = [0xE0, 0xAA, 0xD5, 0xC2, 0xA7, 0xE3, 0xCB, 0xC1, 0xE8]
        let content =
            Array("Code,Name\n50,".utf8) + chiangMai + Array("\n51,\"".utf8) + [0x80, 0x96, 0xA0] + Array("\"\n".utf8)
        let result = try read(content, encoding: .tis620)
        #expect(result.header == ["code", "name"])
        #expect(result.rows == [Row(line: 2, fields: ["50", "เชียงใหม่"]), Row(line: 3, fields: ["51", "€–\u{00A0}"])])
        #expect(result.bytes[1] == Array("เชียงใหม่".utf8))
        #expect(result.problems.isEmpty)
    }

    @Test func invalidTIS620ByteNamesTheField() throws {
        let content = Array("a,b,c\n1,".utf8) + [0xA1] + Array(",x".utf8) + [0xDB] + Array("\n2,y,z\n".utf8)
        let result = try read(content, encoding: .tis620)
        #expect(result.rows == [Row(line: 3, fields: ["2", "y", "z"])])
        #expect(
            result.problems == [
                CSVProblem(line: 2, field: 2, reason: "byte 0xDB is not a TIS-620 / Windows-874 character")
            ])
        let headerError = try openingError([0x81] + Array(",b\n".utf8), encoding: .tis620)
        #expect(headerError?.line == 1)
        #expect(headerError?.reason == "header field 1: byte 0x81 is not a TIS-620 / Windows-874 character")
    }

    @Test func emptyFile() throws {
        let empty = RowError(file: "test.csv", line: 1, reason: "empty file")
        #expect(try openingError([]) == empty)
        #expect(try openingError([0xEF, 0xBB, 0xBF]) == empty)
        #expect(empty.description == "test.csv:1: empty file")
    }

    @Test func headerOnly() throws {
        for content in ["a,b", "a,b\n", "a,b\r\n\r\n"] {
            let result = try read(content, chunks: 3)
            #expect(result.header == ["a", "b"])
            #expect(result.rows.isEmpty && result.problems.isEmpty, "\(content)")
        }
    }

    @Test func missingFileIsAnIOErrorOnLine0() {
        #expect(throws: RowError.self) { try CSVFile(path: "/nonexistent/kpi.csv") }
        do {
            _ = try CSVFile(path: "/nonexistent/kpi.csv", displayName: "kpi.csv")
        } catch {
            #expect(error.line == 0)
            #expect(error.file == "kpi.csv")
        }
    }

    /// A record bigger than the 4 MiB read buffer (eight quoted fields of 1 MB, each under the
    /// field limit), which also spans several planned chunks whole.
    @Test(arguments: [1, 2, 5])
    func recordLargerThanTheBuffer(chunks: Int) throws {
        let big = String(repeating: "ข้อความ,\"\"\n", count: 40_000)  // 1 MB quoted field
        let record = Array(repeating: "\"\(big)\"", count: 8).joined(separator: ",")
        let content = "a,b,c,d,e,f,g,h,i\n0,x,x,x,x,x,x,x,x\n1,\(record)\n2,x,x,x,x,x,x,x,x\n"
        let result = try read(content, chunks: chunks)
        #expect(result.rows.count == 3)
        #expect(result.problems.isEmpty)
        let unescaped = big.replacingOccurrences(of: "\"\"", with: "\"")
        // Compared apart: no 8 MB diff on failure.
        let bigFieldsMatch =
            result.rows.count == 3 && result.rows[1].fields.dropFirst().allSatisfy { $0 == unescaped }
        #expect(bigFieldsMatch)
        #expect(result.rows.first == Row(line: 2, fields: ["0"] + Array(repeating: "x", count: 8)))
        #expect(result.rows.last == Row(line: 320_004, fields: ["2"] + Array(repeating: "x", count: 8)))
    }

    @Test(arguments: [";", "\t"])
    func otherSeparatorsReadLikeCommasInChunks(separator: String) throws {
        let commas = try read(Array(Self.generatedFile(records: 30_000).utf8), chunks: 1)
        let content = Array(Self.generatedFile(records: 30_000, separator: separator).utf8)
        for chunks in [1, 2, 3] {
            let result = try read(content, chunks: chunks)
            #expect(result.separator.rawValue == UInt8(ascii: separator.unicodeScalars.first!))
            // Quoted fields hold the file's separator where the comma file's hold commas.
            let rows = result.rows.map {
                Row(line: $0.line, fields: $0.fields.map { $0.replacingOccurrences(of: separator, with: ",") })
            }
            #expect(firstDifference(rows, commas.rows) == nil, "chunks: \(chunks)")
            #expect(firstDifference(result.problems, commas.problems) == nil, "chunks: \(chunks)")
            #expect(chunks == 1 || result.rowsPerChunk.filter { $0 > 0 }.count > 1, "chunks: \(chunks)")
        }
    }

    @Test func parallelChunksAgreeWithOneChunk() throws {
        let content = Array(Self.generatedFile(records: 80_000).utf8)
        #expect(content.count > 5 << 20)  // more than one buffer per chunk
        let serial = try read(content, chunks: 1)
        #expect(serial.rows.count > 70_000)
        #expect(serial.problems.count > 100)
        for chunks in [2, 3, 7, 64] {
            let parallel = try read(content, chunks: chunks)
            // The first difference only: a diff of 80 000 rows takes the test library ages.
            #expect(firstDifference(parallel.rows, serial.rows) == nil, "chunks: \(chunks)")
            #expect(firstDifference(parallel.problems, serial.problems) == nil, "chunks: \(chunks)")
            #expect(parallel.rowsPerChunk.filter { $0 > 0 }.count > 1, "chunks: \(chunks)")
        }
    }

    /// Chunks start after the first line feed past each cut without reading the bytes before it;
    /// when that line feed is inside a quoted field (or inside a refused record being skipped),
    /// the file is read again from planned starts. Wherever the cut falls in the multi-line
    /// fields, the records, their lines and the problems are those of one chunk.
    @Test func cutsInsideQuotedLineBreaksReadLikeOneChunk() throws {
        // Refused once past 1 MiB, then skipped up to and past the cut of 2 chunks (at 3 MiB).
        let tooLong = String(repeating: "x\n", count: CSVLimits.fieldBytes * 3)
        for (padding, multiLine) in [(0..<40, "\"a\nb\n\nc\"\n"), (0..<2, "\"\(tooLong)\"\n")] {
            for length in padding {
                let content =
                    "id,text\n" + String(repeating: "1,\(String(repeating: "p", count: length))\n", count: 3)
                    + "2,\(multiLine)3,\"\"\"q\"\"\"\n4,\"open\n5,x\n"
                let serial = try read(content, chunks: 1)
                for chunks in [2, 3, 5] {
                    let parallel = try read(content, chunks: chunks)
                    // Compared apart: no 6 MB operands in a failure's message.
                    let (sameRows, sameProblems) = (parallel.rows == serial.rows, parallel.problems == serial.problems)
                    #expect(sameRows, "padding \(length), chunks \(chunks)")
                    #expect(sameProblems, "padding \(length), chunks \(chunks)")
                }
            }
        }
    }

    /// A sink that skips or picks records by line gets each record's line in the file as it
    /// reads, never a line counted from its chunk's start.
    @Test func sinksThatNeedLinesGetThemWhileReading() throws {
        struct LineSink: CSVRecordSink {
            var lines: [Int] = []
            mutating func consume(_ record: CSVRecord) { lines.append(record.line) }
            mutating func reject(_ problem: CSVProblem) { lines.append(problem.line) }
            mutating func skipEmptyRecord(line: Int) { lines.append(line) }
            var needsFileLinesWhileReading: Bool { true }
            mutating func shiftLines(by delta: Int) { Issue.record("shifted by \(delta)") }
        }
        let content = Array(Self.generatedFile(records: 20_000).utf8)
        let serial = try read(content, chunks: 1)
        let expected = (serial.rows.map(\.line) + serial.problems.map(\.line) + serial.emptyLines).sorted()
        try withTemporaryFile(content) { path in
            let sinks = try CSVFile(path: path).read(chunks: 3) { _ in LineSink() }
            #expect(sinks.filter { !$0.lines.isEmpty }.count == 3)
            #expect(sinks.flatMap(\.lines).sorted() == expected)
        }
    }

    @Test func tis620FileReadsLikeItsUTF8Twin() throws {
        let text = Self.generatedFile(records: 40_000)
        // Thai letters U+0E01 … U+0E5B are the TIS-620 bytes 0xA1 … 0xFB; the file has no others.
        let tis620 = text.unicodeScalars.map { scalar in
            scalar.value < 0x80 ? UInt8(scalar.value) : UInt8(scalar.value - 0x0E00 + 0xA0)
        }
        let utf8 = try read(Array(text.utf8), chunks: 1)
        #expect(tis620.count > 3 << 19)  // more than one 4 MiB / 3 raw read
        for chunks in [1, 3] {
            let converted = try read(tis620, chunks: chunks, encoding: .tis620)
            #expect(firstDifference(converted.rows, utf8.rows) == nil, "chunks: \(chunks)")
            #expect(firstDifference(converted.problems, utf8.problems) == nil, "chunks: \(chunks)")
        }
    }

    @Test func progressAddsUpToTheFileSize() throws {
        let content = Array(Self.generatedFile(records: 20_000).utf8)
        try withTemporaryFile(content) { path in
            let file = try CSVFile(path: path)
            let total = ByteCounter()
            _ = try file.read(chunks: 3, progress: { total.add($0) }) { _ in CollectingSink() }
            #expect(total.value == content.count)
        }
    }

    /// Records with quoted multi-line fields, doubled quotes, CRLF, Thai text, records of empty
    /// fields and a bad record now and then, from a fixed pseudo-random sequence; fields
    /// separated by `separator`, which quoted fields hold too.
    static func generatedFile(records: Int, separator s: String = ",") -> String {
        var random = SplitMix64(key: 42, 0)
        var text = "id\(s)name\(s)note\(s)amount\n"
        for id in 0..<records {
            let end = random.next() % 5 == 0 ? "\r\n" : "\n"
            switch random.next() % 40 {
            case 0: text += "\(id)\(s)short\(end)"  // wrong field count
            case 1: text += "\(id)\(s)x\"y\"z\(s)w\(s)1\(end)"  // quotes inside an unquoted field
            case 2 where id % 100 == 0: text += "\(id)\(s)\"left open\n\(s)z\(s)1\(end)"
            case 2...9:
                let lines = (0..<(random.next() % 6)).map { "บรรทัด \($0)\(s) \"\"quoted\"\"" }
                text += "\(id)\(s)\"multi\n\(lines.joined(separator: "\r\n"))\"\(s)\"\"\(s)\"1\(s)234.50\"\(end)"
            case 10: text += "\(s)\(s)\(s)\(end)"
            default:
                text +=
                    "\(id)\(s)ชุมชน \(random.next() % 1000)\(s)plain note \(random.next())\(s)\(random.next() % 100000).25\(end)"
            }
        }
        return text + "\"last\nrecord\"\(s)with\(s)no\(s)\"line feed\""
    }
}

/// The first index where `a` and `b` differ, with both elements (`nil` past the end), or `nil`.
private func firstDifference<Element: Equatable>(_ a: [Element], _ b: [Element]) -> (Int, Element?, Element?)? {
    guard let index = (0..<max(a.count, b.count)).first(where: { $0 >= a.count || $0 >= b.count || a[$0] != b[$0] })
    else {
        return nil
    }
    return (index, index < a.count ? a[index] : nil, index < b.count ? b[index] : nil)
}

/// Adds up progress reports from several threads.
private final class ByteCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var total = 0
    var value: Int { lock.withLock { total } }
    func add(_ bytes: Int) { lock.withLock { total += bytes } }
}

/// The limits that keep memory bounded whatever the input (`CSVLimits`): each breach an error of
/// its record, the same however the file is split into chunks and wherever the read buffer ends.
@Suite struct CSVLimitsTests {
    private let cap = CSVLimits.fieldBytes

    @Test(arguments: [1, 2, 3])
    func aFieldLongerThanTheCapIsRefusedWithItsColumn(chunks: Int) throws {
        let longest = String(repeating: "x", count: cap)
        let result = try read("a,b\n1,x\n2,\(longest)y\n3,\(longest)\n4,z\n", chunks: chunks)
        #expect(result.problems == [CSVProblem(line: 3, field: 1, reason: CSVLimits.fieldTooLong(quoted: false))])
        #expect(result.rows.map(\.line) == [2, 4, 5])
        #expect(result.rows.dropFirst().first?.fields[1].utf8.count == cap)
    }

    /// Longer than the 4 MiB read buffer: refused where the buffer ends, its rest skipped,
    /// its quoted line feeds still counted.
    @Test(arguments: [1, 2])
    func aQuotedFieldLongerThanTheBufferIsRefusedAndSkipped(chunks: Int) throws {
        let lines = 3_000_000
        let quoted = "\"" + String(repeating: "x\n", count: lines) + "\""
        let result = try read("a,b\n1,x\n2,\(quoted)\n3,y\n", chunks: chunks)
        #expect(result.problems == [CSVProblem(line: 3, field: 1, reason: CSVLimits.fieldTooLong(quoted: true))])
        #expect(result.rows == [Row(line: 2, fields: ["1", "x"]), Row(line: 4 + lines, fields: ["3", "y"])])
    }

    /// A limit broken refuses the record for its first problem, before a later one.
    @Test func theFirstProblemOfARecordIsTheOneReported() throws {
        let long = String(repeating: "x", count: cap + 1)
        let result = try read("a,b,c\n1,x\"y,\(long)\n2,\(long),\"z\"w\n")
        #expect(result.problems.map(\.field) == [1, 1])
        #expect(result.problems.map(\.reason) == [CSVChunkParser.strayQuote, CSVLimits.fieldTooLong(quoted: false)])
    }

    @Test func aQuoteNeverClosedIsRefusedForItsLengthOnceLong() throws {
        let short = try read("a,b\n1,\"open\n")
        #expect(short.problems == [CSVProblem(line: 2, field: nil, reason: CSVChunkParser.unterminatedQuote)])
        let long = try read("a,b\n1,\"" + String(repeating: "x", count: 5 << 20))
        #expect(long.problems == [CSVProblem(line: 2, field: 1, reason: CSVLimits.fieldTooLong(quoted: true))])
    }

    /// A line of separators only is skipped as empty up to the limit and refused past it, also
    /// when it is longer than the read buffer.
    @Test(arguments: [200, 6 << 20])
    func aLineOfTooManySeparatorsIsRefused(separators: Int) throws {
        let result = try read("a,b\n,\n" + String(repeating: ",", count: separators) + "\n1,2\n")
        let limit = 2 + CSVLimits.extraFields
        #expect(result.emptyLines == [2])
        #expect(
            result.problems == [
                CSVProblem(line: 3, field: nil, reason: "record has more than \(limit) fields, the header has 2")
            ])
        #expect(result.rows == [Row(line: 4, fields: ["1", "2"])])
    }

    @Test func aRecordAtTheFieldLimitKeepsItsExactCount() throws {
        let limit = 2 + CSVLimits.extraFields
        let result = try read("a,b\n" + String(repeating: "x,", count: limit - 1) + "x\n")
        #expect(
            result.problems == [CSVProblem(line: 2, field: nil, reason: "record has \(limit) fields, the header has 2")]
        )
    }

    @Test func aHeaderLongerThanTheCapIsAnErrorOnLine1() throws {
        let header = "a," + String(repeating: "b", count: CSVLimits.headerBytes)
        let error = try openingError(Array((header + "\n1,2\n").utf8))
        #expect(error == RowError(file: "test.csv", line: 1, reason: CSVLimits.headerTooLong))
        let withoutLineFeed = try openingError(Array(header.utf8))
        #expect(withoutLineFeed == error)
        let atTheCap = try read(String(header.dropLast(2)) + "\n1,2\n")  // exactly the cap
        #expect(atTheCap.header.count == 2)
    }

    @Test func aHeaderWithTooManyFieldsIsAnErrorOnLine1() throws {
        let names = (0...CSVLimits.headerFields).map { "c\($0)" }
        let error = try openingError(Array((names.joined(separator: ",") + "\n").utf8))
        #expect(
            error
                == RowError(
                    file: "test.csv", line: 1, reason: "the header has more than \(CSVLimits.headerFields) fields"))
        let atTheLimit = try read(names.dropLast().joined(separator: ",") + "\n")
        #expect(atTheLimit.header.count == CSVLimits.headerFields)
    }
}
