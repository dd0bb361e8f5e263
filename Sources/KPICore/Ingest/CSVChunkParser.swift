/// Splits the records of one chunk into fields and hands them to a sink, in file order.
///
/// `CSVEventScanner` points at the separators, line feeds and quotes, 16 bytes at a time. A record
/// without quotes takes the fast path, which only cuts fields at separators; from a record's first
/// quote on, the full quoting rule of `CSVQuoteState` takes over until the record's end, and
/// doubled quotes are undone in place. A record is handed over once its end is in the buffer; its
/// bytes are checked as text only when one of them has the high bit set. A record whose fields
/// are all empty is skipped, and the sink told.
///
/// A record that breaks a limit of `CSVLimits` (a field too long, too many fields) is refused
/// for the first problem it has; when the buffer ends inside it, it is refused there and the rest
/// of it skipped without being held (`CSVBoundaryTally` finds its end), so memory stays bounded
/// whatever the input. What is refused, and why, depends only on the record, never on where the
/// buffer happens to end.
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
    /// The most fields a record may have (`CSVLimits.fields(expected:)`).
    private let fieldLimit: Int
    /// A refused record whose end is past the buffer: where its reading stands.
    private var skipping: SkippedRecord?
    /// True when a chunk that does not end the file ended inside a record (a quoted field went
    /// on past its last line feed): the next chunk did not start at a record, as a speculative
    /// plan assumed (`CSVChunkPlanner.speculative`), and is to be read again from a planned start.
    private(set) var endedInsideRecord = false

    /// The reading of a refused record's rest, as `CSVBoundaryTally` needs it.
    private struct SkippedRecord {
        /// The quoting state after the last byte read.
        var state: CSVQuoteState
        /// The last byte read.
        var previous: UInt8
        /// Line feeds read inside it so far.
        var lineFeeds: Int
    }

    init(file: InputFile, chunk: CSVChunk, text: CSVText, separator: UInt8, expectedFieldCount: Int?) {
        buffer = CSVChunkBuffer(file: file, range: chunk.bytes, text: text)
        fieldLimit = CSVLimits.fields(expected: expectedFieldCount)
        fields = CSVFieldList(capacity: max(expectedFieldCount ?? 0, 16), limit: fieldLimit)
        self.expectedFieldCount = expectedFieldCount
        self.text = text
        self.separator = separator
        endsFile = chunk.bytes.upperBound == file.byteCount
        line = chunk.firstLine
    }

    deinit { fields.deallocate() }

    /// The physical line after the chunk's last record, once it is read: the chunk's first line
    /// plus the line feeds it holds.
    var nextLine: Int { line }

    /// Reads the whole chunk into `sink`. `progress` gets the file bytes read, once per buffer,
    /// the first time with `bytesBefore` added.
    mutating func parse<Sink: CSVRecordSink>(
        into sink: inout Sink, progress: (@Sendable (Int) -> Void)?, bytesBefore: Int = 0
    ) throws(RowError) {
        var unfinished = 0
        var unreported = bytesBefore
        repeat {
            unreported &+= try buffer.refill(keepingFrom: unfinished)
            unfinished = parseBuffer(into: &sink)
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
        /// The first problem, if any, and its field (`nil` for the whole record).
        var problem: String?
        var problemField: Int?
        /// True when a problem is a limit of `CSVLimits` broken.
        var brokeLimit = false
        var maybeNonASCII: Bool
        /// True when every field is empty.
        var allFieldsEmpty = false

        /// Notes `broken`, a limit the record breaks: its problem unless it has one.
        mutating func refuse(_ broken: CSVProblem) {
            brokeLimit = true
            if problem == nil {
                problem = broken.reason
                problemField = broken.field
            }
        }
    }

    /// Hands over every record whose end is in the buffer (all of them once the chunk is read),
    /// after the rest of a refused record being skipped, and returns the offset where the first
    /// unfinished one starts.
    private mutating func parseBuffer<Sink: CSVRecordSink>(into sink: inout Sink) -> Int {
        guard skipping != nil else { return parseRecords(into: &sink, from: 0) }
        guard let next = skipRefusedRecord() else { return buffer.count }
        return parseRecords(into: &sink, from: next)
    }

    /// Reads the buffer as the rest of the refused record being skipped: the offset after the
    /// line feed that ends it, or `nil` when the buffer ends first (at the chunk's end, so does
    /// the record).
    private mutating func skipRefusedRecord() -> Int? {
        guard var skipped = skipping, buffer.count > 0 else { return nil }
        var tally = CSVBoundaryTally(previous: skipped.previous, separator: separator)
        tally.add(buffer.bytes, count: buffer.count, offset: 0)
        if let boundary = tally.firstBoundary(startingIn: skipped.state) {
            line &+= skipped.lineFeeds &+ boundary.lineFeedsBefore &+ 1
            skipping = nil
            return boundary.offset &+ 1
        }
        skipped.state = tally.endState(startingIn: skipped.state)
        skipped.previous = buffer.bytes[buffer.count &- 1]
        skipped.lineFeeds &+= tally.lineFeeds
        skipping = buffer.isExhausted ? nil : skipped
        if buffer.isExhausted, !endsFile { endedInsideRecord = true }
        return nil
    }

    /// Refuses the record at the buffer's end, unfinished, for `problem`, and starts skipping its
    /// rest from quoting state `state`, `lineFeeds` line feeds after its first line.
    private mutating func refuseUnfinished<Sink: CSVRecordSink>(
        _ problem: CSVProblem, state: CSVQuoteState, lineFeeds: Int, into sink: inout Sink
    ) {
        sink.reject(problem)
        skipping = SkippedRecord(state: state, previous: buffer.bytes[buffer.count &- 1], lineFeeds: lineFeeds)
    }

    /// Hands over every record from offset `start` whose end is in the buffer and returns the
    /// offset where the first unfinished one starts.
    private mutating func parseRecords<Sink: CSVRecordSink>(into sink: inout Sink, from start: Int) -> Int {
        let bytes = buffer.bytes
        let count = buffer.count
        // Locals: a static or a property would be loaded again for every record.
        let fieldLimit = fieldLimit
        let fieldCap = CSVLimits.fieldBytes
        var list = fields
        defer { fields = list }
        var scanner = CSVEventScanner(
            bytes, count: count, from: start, separator: separator, holdsEnd: buffer.isExhausted)
        var recordStart = start
        var fieldStart = start
        var field = 0
        // The limits are checked once a record (or its part in the buffer) is longer than a
        // field may be, or has more fields than a record may have: no cost per field.
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
                    let allFieldsEmpty = contentEnd &- recordStart == field
                    if _slowPath(contentEnd &- recordStart > fieldCap || field >= fieldLimit),
                        let broken = firstBrokenLimit(list, separated: field, last: (field, contentEnd &- fieldStart))
                    {
                        var record = Record(
                            fields: field &+ 1, endsWithLineFeed: kind == .lineFeed,
                            maybeNonASCII: scanner.sawNonASCII, allFieldsEmpty: allFieldsEmpty)
                        record.refuse(problem(broken))
                        deliver(record, list, into: &sink)
                    } else {
                        // The common record: no quotes, no limit broken, nothing to release after.
                        deliverValid(
                            fields: field &+ 1, lineFeeds: 0, escapedFields: 0, endsWithLineFeed: kind == .lineFeed,
                            maybeNonASCII: scanner.sawNonASCII, allFieldsEmpty: allFieldsEmpty, list, into: &sink)
                    }
                }
                recordStart = position &+ 1
                fieldStart = recordStart
                field = 0
                scanner.startRecord()
            case .quote:
                let broken =
                    fieldStart &- recordStart > fieldCap || field >= fieldLimit
                    ? firstBrokenLimit(list, separated: field, last: nil) : nil
                guard
                    let next = finishQuotedRecord(
                        &scanner, fields: field, fieldStart: fieldStart, quote: position, broken: broken, &list,
                        into: &sink
                    )
                else { return recordStart }
                recordStart = next
                fieldStart = recordStart
                field = 0
            }
        }
        if buffer.isExhausted { return count }
        // The buffer ends inside the record that starts at `recordStart` (if any), in its field
        // `field`, of which at least all but a CR before a line feed belongs to the field.
        if count &- recordStart &- 1 > fieldCap || field >= fieldLimit,
            let broken = firstBrokenLimit(list, separated: field, last: (field, count &- fieldStart &- 1))
        {
            refuseUnfinished(problem(broken), state: .outside, lineFeeds: 0, into: &sink)
            return count
        }
        return recordStart
    }

    /// The first limit of `CSVLimits` broken, in the order of the record, by its unquoted fields
    /// `0 ..< separated` in `list` (each followed by a separator) and then, if given, field
    /// `last.field` of `last.length` bytes; `nil` when none is.
    private func firstBrokenLimit(_ list: CSVFieldList, separated: Int, last: (field: Int, length: Int)?)
        -> BrokenLimit?
    {
        for field in 0..<min(separated, fieldLimit) {
            if let broken = brokenLimit(
                field: field, length: list.bounds[2 &* field &+ 1] &- list.bounds[2 &* field], quoted: false,
                anotherFollows: true)
            {
                return broken
            }
        }
        return last.flatMap { brokenLimit(field: $0.field, length: $0.length, quoted: false) }
    }

    /// The limit of `CSVLimits` that field `field`, `length` bytes long and quoted or not, breaks,
    /// if any; `anotherFollows` when a separator after it starts another field.
    private func brokenLimit(field: Int, length: Int, quoted: Bool, anotherFollows: Bool = false) -> BrokenLimit? {
        if length > CSVLimits.fieldBytes { return .longField(field, quoted: quoted) }
        if anotherFollows, field &+ 1 >= fieldLimit { return .tooManyFields }
        return nil
    }

    /// A limit of `CSVLimits` that a record breaks (a plain value, cheap to carry through the
    /// fast path).
    private enum BrokenLimit {
        /// Field `field` is too long.
        case longField(Int, quoted: Bool)
        case tooManyFields
    }

    /// The problem of the record starting on the current line that breaks `broken`.
    private func problem(_ broken: BrokenLimit) -> CSVProblem {
        switch broken {
        case .longField(let field, let quoted):
            return CSVProblem(line: line, field: field, reason: CSVLimits.fieldTooLong(quoted: quoted))
        case .tooManyFields:
            return CSVProblem(
                line: line, field: nil, reason: CSVLimits.tooManyFields(limit: fieldLimit, expected: expectedFieldCount)
            )
        }
    }

    /// Parses the rest of a record by the full quoting rule, from its first quote (at `quote`, in
    /// the field that starts at `fieldStart`, after `fields` unquoted fields, which break the
    /// limit `broken` if any), and hands it over. Returns the offset after the record, or `nil`
    /// when the buffer ends before it does (the buffer's end, when the record is refused there).
    private mutating func finishQuotedRecord<Sink: CSVRecordSink>(
        _ scanner: inout CSVEventScanner, fields: Int, fieldStart: Int, quote: Int, broken: BrokenLimit?,
        _ list: inout CSVFieldList, into sink: inout Sink
    ) -> Int? {
        let count = buffer.count
        var record = Record(fields: fields, endsWithLineFeed: false, maybeNonASCII: false)
        if let broken { record.refuse(problem(broken)) }
        var fieldStart = fieldStart
        var state = FieldState.unquoted
        var quoteEnd = 0  // the last quote seen in a quoted field
        var escaped = false  // whether the quoted field held a `""`
        var quoted = false  // whether the field opened with a quote

        func fail(_ reason: String) {
            guard record.problem == nil else { return }
            record.problem = reason
            record.problemField = record.fields
        }
        /// Notes the limit, if any, that the current field breaks at `length` bytes.
        func checkLimits(length: Int, anotherFollows: Bool = false) {
            if !record.brokeLimit,
                let broken = brokenLimit(
                    field: record.fields, length: length, quoted: quoted, anotherFollows: anotherFollows)
            {
                record.refuse(problem(broken))
            }
        }
        /// Ends the field before `end`; the next starts after it.
        func endField(_ end: Int, anotherFollows: Bool = false) {
            checkLimits(length: end &- fieldStart, anotherFollows: anotherFollows)
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
            quoted = false
        }

        var (kind, position) = (CSVEventScanner.Kind.quote, quote)
        while true {
            switch (kind, state) {
            case (.separator, .quoted):
                break
            case (.separator, _):
                endField(position, anotherFollows: true)
            case (.lineFeed, .quoted):
                record.lineFeeds &+= 1
            case (.end, .quoted) where !endsFile:
                // The quoted field goes on past the chunk: the next one did not start at a record,
                // and the file is read again from planned starts (`CSVFile.read`).
                endedInsideRecord = true
                return count
            case (.end, .quoted):
                // Unterminated, unless a limit broken refuses the record first.
                checkLimits(length: position &- fieldStart)
                sink.reject(
                    record.brokeLimit
                        ? CSVProblem(line: line, field: record.problemField, reason: record.problem!)
                        : CSVProblem(line: line, field: nil, reason: Self.unterminatedQuote))
                line &+= record.lineFeeds
                return count
            case (.lineFeed, _), (.end, _):
                endField(withoutCR(fieldStart, position))
                record.endsWithLineFeed = kind == .lineFeed
                record.allFieldsEmpty =
                    record.problem == nil
                    && (0..<record.fields).allSatisfy { list.bounds[2 &* $0] == list.bounds[2 &* $0 &+ 1] }
                record.maybeNonASCII = scanner.sawNonASCII
                deliver(record, list, into: &sink)
                scanner.startRecord()
                return kind == .lineFeed ? position &+ 1 : count
            case (.quote, .unquoted):
                if position == fieldStart {
                    state = .quoted
                    quoted = true
                } else {
                    fail(Self.strayQuote)
                }
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
            guard let next = scanner.next() else {
                // The buffer ends inside the field; all of it but a CR before a line feed is the field's.
                checkLimits(length: count &- fieldStart &- 1)
                guard record.brokeLimit else { return nil }
                let quoting: CSVQuoteState =
                    switch state {
                    case .unquoted: .outside
                    case .quoted: .inside
                    case .afterQuote: quoteEnd == count &- 1 ? .afterQuote : .outside
                    }
                refuseUnfinished(
                    CSVProblem(line: line, field: record.problemField, reason: record.problem!),
                    state: quoting, lineFeeds: record.lineFeeds, into: &sink)
                return count
            }
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
        if let problem = record.problem {
            sink.reject(CSVProblem(line: line, field: record.problemField, reason: problem))
            line &+= record.lineFeeds &+ (record.endsWithLineFeed ? 1 : 0)
            return
        }
        deliverValid(
            fields: record.fields, lineFeeds: record.lineFeeds, escapedFields: record.escapedFields,
            endsWithLineFeed: record.endsWithLineFeed, maybeNonASCII: record.maybeNonASCII,
            allFieldsEmpty: record.allFieldsEmpty, list, into: &sink)
    }

    /// `deliver` for a record without a problem, given by its parts: the record loop's common
    /// case makes no `Record` (whose problem text would be released after every record).
    @inline(__always)
    private mutating func deliverValid<Sink: CSVRecordSink>(
        fields: Int, lineFeeds: Int, escapedFields: Int, endsWithLineFeed: Bool, maybeNonASCII: Bool,
        allFieldsEmpty: Bool, _ list: CSVFieldList, into sink: inout Sink
    ) {
        let recordLine = line
        line &+= lineFeeds &+ (endsWithLineFeed ? 1 : 0)
        if allFieldsEmpty, expectedFieldCount != nil {
            sink.skipEmptyRecord(line: recordLine)
            return
        }
        if let expectedFieldCount, fields != expectedFieldCount {
            let reason = "record has \(fields) field\(fields == 1 ? "" : "s"), the header has \(expectedFieldCount)"
            sink.reject(CSVProblem(line: recordLine, field: nil, reason: reason))
            return
        }
        for index in 0..<escapedFields { undoDoubledQuotes(field: list.escaped[index], list) }
        let csvRecord = CSVRecord(
            line: recordLine, bytes: buffer.bytes, bounds: UnsafeBufferPointer(start: list.bounds, count: 2 &* fields))
        if maybeNonASCII {
            for field in 0..<fields {
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
    static let strayQuote =
        "a quote inside an unquoted field (a field that holds quotes must be quoted as a whole, its quotes doubled)"
    static let textAfterQuote = "text after the closing quote of a quoted field"
    /// Why a field of a UTF-8 file is not text: with the hint that it may be a Thai file in another
    /// encoding, which the report keeps on the first such error of each file (`IngestIssues`).
    static let invalidUTF8 =
        "invalid UTF-8: a Thai file exported as Windows-874 / TIS-620 can be read with --encoding tis-620, or re-saved as UTF-8"
    /// The same without the hint: for the file's later errors, and for workbooks (whose XML is
    /// UTF-8 whatever the language).
    static let invalidUTF8WithoutHint = "invalid UTF-8"
}
