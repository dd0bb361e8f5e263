/// Splits the records of one chunk into fields and hands them to a sink, in file order.
///
/// `CSVEventScanner` points at the separators, line feeds and quotes, 16 bytes at a time. A record
/// without quotes takes the fast path, which only cuts fields at separators; from a record's first
/// quote on, the full quoting rule of `CSVQuoteState` takes over until the record's end, and
/// doubled quotes are undone in place. A record is handed over once its end is in the buffer; its
/// bytes are checked as text only when one of them has the high bit set. A record whose fields
/// are all empty is skipped, and the sink told.
struct CSVChunkParser: ~Copyable {
    private var buffer: CSVChunkBuffer
    /// The fields of the record being split.
    private var fields: CSVFieldList
    /// The header's field count, or `nil` while reading the header itself.
    private let expectedFieldCount: Int?
    private let text: CSVText
    /// The field separator.
    private let separator: UInt8
    /// True when the chunk ends the file, where a last empty line is no record.
    private let endsFile: Bool
    /// Physical line on which the next record starts.
    private var line: Int

    init(file: InputFile, chunk: CSVChunk, text: CSVText, separator: UInt8, expectedFieldCount: Int?) {
        buffer = CSVChunkBuffer(file: file, range: chunk.bytes, text: text)
        fields = CSVFieldList(capacity: max(expectedFieldCount ?? 0, 16))
        self.expectedFieldCount = expectedFieldCount
        self.text = text
        self.separator = separator
        endsFile = chunk.bytes.upperBound == file.byteCount
        line = chunk.firstLine
    }

    deinit { fields.deallocate() }

    /// Reads the whole chunk into `sink`. `progress` gets the file bytes read, once per buffer,
    /// the first time with `bytesBefore` added.
    mutating func parse<Sink: CSVRecordSink>(
        into sink: inout Sink, progress: (@Sendable (Int) -> Void)?, bytesBefore: Int = 0
    ) throws(RowError) {
        var unfinished = 0
        var unreported = bytesBefore
        repeat {
            unreported &+= try buffer.refill(keepingFrom: unfinished)
            unfinished = parseRecords(into: &sink)
            if let progress, unreported > 0 {
                progress(unreported)
                unreported = 0
            }
        } while !buffer.isExhausted
    }

    /// A whole record, as `deliver` checks it.
    private struct Record {
        var fields: Int
        /// False for a last record that ends with the file.
        var endsWithLineFeed: Bool
        /// Line feeds inside quoted fields.
        var lineFeeds = 0
        /// Fields whose `""` are still to be undone (listed in `CSVFieldList.escaped`).
        var escapedFields = 0
        /// The first quoting problem, if any, and its field.
        var problem: String?
        var problemField = 0
        var maybeNonASCII: Bool
        /// True when every field is empty.
        var allFieldsEmpty = false
    }

    /// Hands over every record whose end is in the buffer (all of them once the chunk is read)
    /// and returns the offset where the first unfinished one starts.
    private mutating func parseRecords<Sink: CSVRecordSink>(into sink: inout Sink) -> Int {
        let bytes = buffer.bytes
        let count = buffer.count
        var list = fields
        defer { fields = list }
        var scanner = CSVEventScanner(bytes, count: count, from: 0, separator: separator, holdsEnd: buffer.isExhausted)
        var recordStart = 0
        var fieldStart = 0
        var field = 0
        while let (kind, position) = scanner.next() {
            switch kind {
            case .separator:
                list.set(field, start: fieldStart, end: position)
                field &+= 1
                fieldStart = position &+ 1
            case .end where recordStart == count:
                break  // the data ends with its last record's line feed
            case .lineFeed, .end:
                let contentEnd = withoutCR(fieldStart, position)
                if contentEnd != recordStart || !isLastLineOfFile(position &+ 1) {
                    list.set(field, start: fieldStart, end: contentEnd)
                    // `field` separators and nothing else: every field is empty.
                    let record = Record(fields: field &+ 1, endsWithLineFeed: kind == .lineFeed, maybeNonASCII: scanner.sawNonASCII,
                                        allFieldsEmpty: contentEnd &- recordStart == field)
                    deliver(record, list, into: &sink)
                }
                recordStart = position &+ 1
                fieldStart = recordStart
                field = 0
                scanner.startRecord()
            case .quote:
                guard let next = finishQuotedRecord(
                    &scanner, fields: field, fieldStart: fieldStart, quote: position, &list, into: &sink
                ) else { return recordStart }
                recordStart = next
                fieldStart = recordStart
                field = 0
            }
        }
        return buffer.isExhausted ? count : recordStart
    }

    /// Parses the rest of a record by the full quoting rule, from its first quote (at `quote`, in
    /// the field that starts at `fieldStart`, after `fields` unquoted fields), and hands it over.
    /// Returns the offset after the record, or `nil` when the buffer ends before it does.
    private mutating func finishQuotedRecord<Sink: CSVRecordSink>(
        _ scanner: inout CSVEventScanner, fields: Int, fieldStart: Int, quote: Int,
        _ list: inout CSVFieldList, into sink: inout Sink
    ) -> Int? {
        let count = buffer.count
        var record = Record(fields: fields, endsWithLineFeed: false, maybeNonASCII: false)
        var fieldStart = fieldStart
        var state = FieldState.unquoted
        var quoteEnd = 0  // the last quote seen in a quoted field
        var escaped = false  // whether the quoted field held a `""`

        func fail(_ reason: String) {
            guard record.problem == nil else { return }
            record.problem = reason
            record.problemField = record.fields
        }
        /// Ends the field before `end`; the next starts after it.
        func endField(_ end: Int) {
            if state == .unquoted {
                list.set(record.fields, start: fieldStart, end: end)
            } else {
                if end != quoteEnd &+ 1 { fail(Self.textAfterQuote) }
                list.set(record.fields, start: fieldStart &+ 1, end: quoteEnd)
                if escaped { list.markEscaped(record.fields, count: record.escapedFields) }
                record.escapedFields &+= escaped ? 1 : 0
            }
            record.fields &+= 1
            fieldStart = end &+ 1
            state = .unquoted
            escaped = false
        }

        var (kind, position) = (CSVEventScanner.Kind.quote, quote)
        while true {
            switch (kind, state) {
            case (.separator, .quoted):
                break
            case (.separator, _):
                endField(position)
            case (.lineFeed, .quoted):
                record.lineFeeds &+= 1
            case (.end, .quoted):
                sink.reject(CSVProblem(line: line, field: nil, reason: Self.unterminatedQuote))
                line &+= record.lineFeeds
                return count
            case (.lineFeed, _), (.end, _):
                endField(withoutCR(fieldStart, position))
                record.endsWithLineFeed = kind == .lineFeed
                record.allFieldsEmpty = record.problem == nil
                    && (0..<record.fields).allSatisfy { list.bounds[2 &* $0] == list.bounds[2 &* $0 &+ 1] }
                record.maybeNonASCII = scanner.sawNonASCII
                deliver(record, list, into: &sink)
                scanner.startRecord()
                return kind == .lineFeed ? position &+ 1 : count
            case (.quote, .unquoted):
                if position == fieldStart { state = .quoted } else { fail(Self.strayQuote) }
            case (.quote, .quoted):
                state = .afterQuote
                quoteEnd = position
            case (.quote, .afterQuote):
                if position == quoteEnd &+ 1 {
                    state = .quoted
                    escaped = true
                } else {
                    fail(Self.textAfterQuote)
                    state = .unquoted
                }
            }
            guard let next = scanner.next() else { return nil }
            (kind, position) = next
        }
    }

    /// How the current field is being read, by the rule of `CSVQuoteState`.
    private enum FieldState {
        case unquoted
        case quoted
        /// Just after a quote in a quoted field: its end, or half of a `""`.
        case afterQuote
    }

    /// `end`, or one less when the byte before it (after `start`) is a CR.
    @inline(__always)
    private func withoutCR(_ start: Int, _ end: Int) -> Int {
        end > start && buffer.bytes[end &- 1] == UInt8(ascii: "\r") ? end &- 1 : end
    }

    /// True when `end` is the end of the file: an empty line there is no record.
    @inline(__always)
    private func isLastLineOfFile(_ end: Int) -> Bool {
        end >= buffer.count && endsFile && buffer.isExhausted
    }

    /// Checks a whole record for quoting, field count and bytes, and hands it over; a data
    /// record whose fields are all empty is skipped instead.
    private mutating func deliver<Sink: CSVRecordSink>(_ record: Record, _ list: CSVFieldList, into sink: inout Sink) {
        let recordLine = line
        line &+= record.lineFeeds &+ (record.endsWithLineFeed ? 1 : 0)
        if record.allFieldsEmpty, expectedFieldCount != nil {
            sink.skipEmptyRecord(line: recordLine)
            return
        }
        if let problem = record.problem {
            sink.reject(CSVProblem(line: recordLine, field: record.problemField, reason: problem))
            return
        }
        if let expectedFieldCount, record.fields != expectedFieldCount {
            let reason = "record has \(record.fields) field\(record.fields == 1 ? "" : "s"), the header has \(expectedFieldCount)"
            sink.reject(CSVProblem(line: recordLine, field: nil, reason: reason))
            return
        }
        for index in 0..<record.escapedFields { undoDoubledQuotes(field: list.escaped[index], list) }
        let csvRecord = CSVRecord(line: recordLine, bytes: buffer.bytes, bounds: UnsafeBufferPointer(start: list.bounds, count: 2 &* record.fields))
        if record.maybeNonASCII {
            for field in 0..<record.fields {
                let text = csvRecord[field]
                if let bad = UTF8Validation.firstInvalidByte(text.baseAddress!, count: text.count) {
                    sink.reject(CSVProblem(line: recordLine, field: field, reason: encodingReason(text, bad)))
                    return
                }
            }
        }
        sink.consume(csvRecord)
    }

    /// Turns each `""` of a quoted field into `"`, moving the bytes left within the field.
    private func undoDoubledQuotes(field: Int, _ list: CSVFieldList) {
        let bytes = buffer.bytes
        let bounds = list.bounds
        var read = bounds[2 &* field]
        var write = read
        let end = bounds[2 &* field &+ 1]
        while read < end {
            let byte = bytes[read]
            bytes[write] = byte
            write &+= 1
            read &+= byte == UInt8(ascii: "\"") ? 2 : 1
        }
        bounds[2 &* field &+ 1] = write
    }

    /// Why `field` is not text, given the offset of its first bad byte.
    private func encodingReason(_ field: UnsafeBufferPointer<UInt8>, _ bad: Int) -> String {
        switch text {
        case .utf8: return Self.invalidUTF8
        // Only the marker fails the check after conversion; the byte after it is the culprit.
        case .tis620: return TIS620.invalidByteReason(field[bad &+ 1])
        case .utf16: return UTF16Transcoder.unpairedSurrogateReason
        }
    }

    static let unterminatedQuote = "unterminated quoted field: the quote opened here is never closed"
    static let strayQuote = "a quote inside an unquoted field (a field that holds quotes must be quoted as a whole, its quotes doubled)"
    static let textAfterQuote = "text after the closing quote of a quoted field"
    static let invalidUTF8 = "invalid UTF-8: a Thai file exported as Windows-874 / TIS-620 can be read with --encoding tis-620, or re-saved as UTF-8"
}
