/// One data record of a CSV file as the reader hands it over: its fields as bytes, valid only
/// during the call that receives it (no copy, no allocation per record).
package struct CSVRecord {
    /// Physical line on which the record starts (1 = the header).
    package let line: Int
    /// Start and end offsets of each field in `bytes`, two per field.
    @usableFromInline let bounds: UnsafeBufferPointer<Int>
    /// The bytes the offsets point into.
    @usableFromInline let bytes: UnsafePointer<UInt8>

    /// A record whose field `i` is `bytes[bounds[2i] ..< bounds[2i + 1]]`.
    package init(line: Int, bytes: UnsafePointer<UInt8>, bounds: UnsafeBufferPointer<Int>) {
        self.line = line
        self.bytes = bytes
        self.bounds = bounds
    }

    /// Number of fields.
    @inlinable package var fieldCount: Int { bounds.count / 2 }

    /// Field `index`: quotes removed, doubled quotes undone, UTF-8.
    @inlinable package subscript(index: Int) -> UnsafeBufferPointer<UInt8> {
        let start = bounds[2 &* index]
        let end = bounds[2 &* index &+ 1]
        return UnsafeBufferPointer(start: bytes + start, count: end &- start)
    }
}

/// A problem the reader finds in a record's structure or bytes.
package struct CSVProblem: Equatable, Sendable {
    /// Physical line on which the record starts.
    package var line: Int
    /// The field that holds the problem, or `nil` for the whole record (wrong field count,
    /// unterminated quote).
    package var field: Int?
    /// What is wrong, for people.
    package var reason: String

    package init(line: Int, field: Int?, reason: String) {
        self.line = line
        self.field = field
        self.reason = reason
    }
}

/// Receives the records of one chunk of a file, in file order. The reader makes one sink per
/// chunk and drives each from one thread.
package protocol CSVRecordSink {
    /// A well-formed record with as many fields as the header.
    mutating func consume(_ record: CSVRecord)
    /// A record the reader could not split into the header's fields, or whose bytes are invalid.
    mutating func reject(_ problem: CSVProblem)
    /// A record whose fields are all empty (a blank row of a sheet, a line of separators only),
    /// which the contract skips and counts.
    mutating func skipEmptyRecord(line: Int)

    /// True when the sink acts on each record's line in the file as it reads it (skips or picks
    /// records by line): its chunk is then read only once the lines before it are counted.
    var needsFileLinesWhileReading: Bool { get }

    /// Adds `delta` to every line the sink has kept. A chunk may be read before the lines ahead
    /// of it are counted (`CSVFile.read`): its sink is given lines counted from the chunk's start
    /// (0 for its first line) and shifted once the chunks before it are read.
    mutating func shiftLines(by delta: Int)
}
