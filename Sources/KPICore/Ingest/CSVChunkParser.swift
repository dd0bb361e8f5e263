/// Splits the records of one chunk into fields and hands them to a sink, in file order.
///
/// One pass over the buffer, 8 bytes at a time: each word gives a mask of its commas, quotes and
/// line feeds, and only those bytes are looked at, by the quoting rule of `CSVQuoteState`. A
/// record is handed over once its end is in the buffer; then its doubled quotes are undone in
/// place, and its bytes are checked as text only when one of them has the high bit set.
struct CSVChunkParser: ~Copyable {
    private var buffer: CSVChunkBuffer
    /// Field bounds of the current record, two offsets per field into `buffer.bytes`.
    private var bounds: UnsafeMutablePointer<Int>
    /// Indices of the current record's fields whose doubled quotes are still to be undone.
    private var escapedFields: UnsafeMutablePointer<Int>
    private var fieldCapacity: Int
    /// The header's field count, or `nil` while reading the header itself.
    private let expectedFieldCount: Int?
    private let encoding: TextEncoding
    /// True when the chunk ends the file, where a last empty line is no record.
    private let endsFile: Bool
    /// Physical line on which the next record starts.
    private var line: Int

    init(file: InputFile, chunk: CSVChunk, encoding: TextEncoding, expectedFieldCount: Int?) {
        buffer = CSVChunkBuffer(file: file, range: chunk.bytes, encoding: encoding)
        fieldCapacity = max(expectedFieldCount ?? 0, 16)
        bounds = .allocate(capacity: 2 &* fieldCapacity)
        escapedFields = .allocate(capacity: fieldCapacity)
        self.expectedFieldCount = expectedFieldCount
        self.encoding = encoding
        endsFile = chunk.bytes.upperBound == file.byteCount
        line = chunk.firstLine
    }

    deinit {
        bounds.deallocate()
        escapedFields.deallocate()
    }

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

    /// How the current field is being read.
    private enum Mode {
        case unquoted
        case quoted
        /// Just after a quote in a quoted field (at `quoteEnd`): its end, or half of a `""`.
        case afterQuote
    }

    /// What breaks the quoting rules.
    private enum QuotingProblem {
        case none
        case strayQuote
        case textAfterQuote
    }

    /// The state of the record being split.
    private struct RecordScan {
        let start: Int
        var fieldStart: Int
        var fields = 0
        var mode = Mode.unquoted
        var quoteEnd = 0
        var escapedCount = 0
        var lineFeeds = 0
        /// The first problem, and its field.
        var problem = QuotingProblem.none
        var problemField = 0

        init(start: Int) {
            self.start = start
            fieldStart = start
        }

        mutating func fail(_ problem: QuotingProblem) {
            guard self.problem == .none else { return }
            self.problem = problem
            problemField = fields
        }
    }

    /// Hands over every record whose end is in the buffer (all of them once the chunk is read)
    /// and returns the offset where the first unfinished one starts.
    private mutating func parseRecords<Sink: CSVRecordSink>(into sink: inout Sink) -> Int {
        let bytes = buffer.bytes
        let count = buffer.count
        var record = RecordScan(start: 0)
        // The OR of the words that held the record's bytes (and maybe a few of its neighbours').
        var high: UInt64 = 0
        var wordStart = 0
        while wordStart < count {
            let word = UInt64(littleEndian: UnsafeRawPointer(bytes).loadUnaligned(fromByteOffset: wordStart, as: UInt64.self))
            high |= word
            let inside: UInt64 = count &- wordStart >= 8 ? ~0 : (1 &<< UInt64((count &- wordStart) &* 8)) &- 1
            let commas = Self.zeroBytes(word ^ 0x2C2C_2C2C_2C2C_2C2C) & inside
            let lineFeeds = Self.zeroBytes(word ^ 0x0A0A_0A0A_0A0A_0A0A) & inside
            var events = commas | lineFeeds | (Self.zeroBytes(word ^ 0x2222_2222_2222_2222) & inside)
            while events != 0 {
                let event = events & (0 &- events)
                events ^= event
                let position = wordStart &+ event.trailingZeroBitCount &>> 3
                if commas & event != 0 {
                    if record.mode == .unquoted {
                        appendField(&record, end: position)
                    } else if record.mode == .afterQuote {
                        if position != record.quoteEnd &+ 1 { record.fail(.textAfterQuote) }
                        appendField(&record, end: position)
                    }
                } else if lineFeeds & event != 0 {
                    if record.mode == .quoted {
                        record.lineFeeds &+= 1
                    } else {
                        if endRecord(&record, at: position) { deliver(record, end: position, nonASCII: high, into: &sink) }
                        record = RecordScan(start: position &+ 1)
                        high = word
                    }
                } else {
                    quote(at: position, &record)
                }
            }
            wordStart &+= 8
        }
        guard buffer.isExhausted else { return record.start }
        if record.start < count {
            if record.mode == .quoted {
                sink.reject(CSVProblem(line: line, field: nil, reason: Self.unterminatedQuote))
                line &+= record.lineFeeds
            } else if endRecord(&record, at: count) {
                deliver(record, end: count, nonASCII: high, into: &sink)
            }
        }
        return count
    }

    /// A quote: it opens a field, closes one, is half of a `""`, or breaks the rules.
    @inline(__always)
    private mutating func quote(at position: Int, _ record: inout RecordScan) {
        switch record.mode {
        case .unquoted:
            if position == record.fieldStart {
                record.mode = .quoted
            } else {
                record.fail(.strayQuote)
            }
        case .quoted:
            record.mode = .afterQuote
            record.quoteEnd = position
        case .afterQuote:
            if position == record.quoteEnd &+ 1 {
                record.mode = .quoted
                let escaped = escapedFields + record.escapedCount
                if record.escapedCount == 0 || escaped[-1] != record.fields {
                    escaped.pointee = record.fields
                    record.escapedCount &+= 1
                }
            } else {
                record.fail(.textAfterQuote)
                record.mode = .unquoted
            }
        }
    }

    /// Ends the current field and the record at `end`, its line feed (or the end of the file).
    /// Returns false for the empty last line of the file, which is no record.
    @inline(__always)
    private mutating func endRecord(_ record: inout RecordScan, at end: Int) -> Bool {
        var contentEnd = end
        if end > record.fieldStart, buffer.bytes[end &- 1] == UInt8(ascii: "\r") { contentEnd &-= 1 }
        if record.mode == .afterQuote, contentEnd != record.quoteEnd &+ 1 { record.fail(.textAfterQuote) }
        if contentEnd == record.start, end &+ 1 >= buffer.count, endsFile, buffer.isExhausted { return false }
        appendField(&record, end: contentEnd)
        return true
    }

    /// Checks a whole record (ending at `end`) for quoting, field count and bytes, and hands it
    /// over. Its bytes are checked as text only when `nonASCII` has a high bit set.
    private mutating func deliver<Sink: CSVRecordSink>(_ record: RecordScan, end: Int, nonASCII: UInt64, into sink: inout Sink) {
        let bytes = buffer.bytes
        let recordLine = line
        line &+= record.lineFeeds &+ (end < buffer.count ? 1 : 0)
        switch record.problem {
        case .none: break
        case .strayQuote:
            sink.reject(CSVProblem(line: recordLine, field: record.problemField, reason: Self.strayQuote))
            return
        case .textAfterQuote:
            sink.reject(CSVProblem(line: recordLine, field: record.problemField, reason: Self.textAfterQuote))
            return
        }
        if let expectedFieldCount, record.fields != expectedFieldCount {
            let reason = "record has \(record.fields) field\(record.fields == 1 ? "" : "s"), the header has \(expectedFieldCount)"
            sink.reject(CSVProblem(line: recordLine, field: nil, reason: reason))
            return
        }
        for index in 0..<record.escapedCount { undoDoubledQuotes(field: escapedFields[index]) }
        let csvRecord = CSVRecord(line: recordLine, bytes: bytes, bounds: UnsafeBufferPointer(start: bounds, count: 2 &* record.fields))
        if nonASCII & 0x8080_8080_8080_8080 != 0 {
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

    /// Ends the current field at `end` (a comma, or the record's end) and starts the next.
    @inline(__always)
    private mutating func appendField(_ record: inout RecordScan, end: Int) {
        let index = record.fields
        if index == fieldCapacity { growFields() }
        let quoted = record.mode != .unquoted
        bounds[2 &* index] = quoted ? record.fieldStart &+ 1 : record.fieldStart
        bounds[2 &* index &+ 1] = quoted ? record.quoteEnd : end
        record.fields = index &+ 1
        record.fieldStart = end &+ 1
        record.mode = .unquoted
    }

    @inline(never)
    private mutating func growFields() {
        let bounds = UnsafeMutablePointer<Int>.allocate(capacity: 4 &* fieldCapacity)
        bounds.moveInitialize(from: self.bounds, count: 2 &* fieldCapacity)
        self.bounds.deallocate()
        self.bounds = bounds
        let escapedFields = UnsafeMutablePointer<Int>.allocate(capacity: 2 &* fieldCapacity)
        escapedFields.moveInitialize(from: self.escapedFields, count: fieldCapacity)
        self.escapedFields.deallocate()
        self.escapedFields = escapedFields
        fieldCapacity &*= 2
    }

    /// Turns each `""` of a quoted field into `"`, moving the bytes left within the field.
    private func undoDoubledQuotes(field: Int) {
        let bytes = buffer.bytes
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
        switch encoding {
        case .utf8: return Self.invalidUTF8
        // Only the marker fails the check after conversion; the byte after it is the culprit.
        case .tis620: return TIS620.invalidByteReason(field[bad &+ 1])
        }
    }

    /// 0x80 in each byte of `word` that is zero, exactly (no borrow between bytes).
    @inline(__always)
    private static func zeroBytes(_ word: UInt64) -> UInt64 {
        let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        return ~(((word & low7) &+ low7) | word | low7)
    }

    static let unterminatedQuote = "unterminated quoted field: the quote opened here is never closed"
    static let strayQuote = "a quote inside an unquoted field (a field that holds quotes must be quoted as a whole, its quotes doubled)"
    static let textAfterQuote = "text after the closing quote of a quoted field"
    static let invalidUTF8 = "invalid UTF-8: a Thai file exported as Windows-874 / TIS-620 can be read with --encoding tis-620, or re-saved as UTF-8"
}
