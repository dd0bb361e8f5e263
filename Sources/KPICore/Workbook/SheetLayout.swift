/// What the reader of a sheet's rows needs to know to turn cells into the fields of records.
struct SheetLayout: Sendable {
    /// How errors name the file (`FILE` or `FILE[SHEET]`).
    let displayName: String
    /// The sheet's part in the archive, for errors about its XML.
    let part: String
    let sharedStrings: SharedStrings
    let styles: CellStyles
    let dateSystem: CellDateText.System
    /// Fields per record: cells to the right of them are ignored.
    let width: Int
    /// `isMoney[i]` when field `i` is a money column (its numbers rounded to the satang).
    let isMoney: [Bool]
}

/// The fields of one row as the CSV rules read them: each cell's text in one byte buffer.
struct SheetCells: ~Copyable {
    /// The texts, one after another; byte 0 is a placeholder so the buffer is never empty.
    var bytes: [UInt8] = [0]
    /// Start and end of field `i`'s text at `2i`, `2i + 1`; an empty field is `0..<0`.
    var bounds: [Int]
    /// True when some cell holds text.
    var hasText = false
    /// Why the row is refused, and the field that holds the problem (`nil`: the whole row): the
    /// first found, as bytes that are not UTF-8 text or a limit broken (`CSVLimits.fieldBytes`
    /// for a cell, `SheetXMLScanner.maxRowText` for the row).
    var refusal: (field: Int?, reason: String)?

    init(width: Int) { bounds = [Int](repeating: 0, count: 2 &* width) }

    mutating func reset() {
        bytes.removeSubrange(1...)
        for index in bounds.indices { bounds[index] = 0 }
        hasText = false
        refusal = nil
    }

    /// Refuses the row for `reason`, of field `field`, unless it is refused already.
    mutating func refuse(_ field: Int?, _ reason: String) {
        if refusal == nil { refusal = (field, reason) }
    }

    /// Marks the text appended since `start` as field `field`'s.
    mutating func setField(_ field: Int, from start: Int) {
        bounds[2 &* field] = start
        bounds[2 &* field &+ 1] = bytes.count
        if bytes.count > start { hasText = true }
    }

    /// The fields' texts, up to the last that is not empty.
    func textsToLastNonEmpty() -> [String] {
        var texts: [String] = []
        var lastNonEmpty = -1
        for field in 0..<(bounds.count / 2) {
            let text = bytes[bounds[2 &* field]..<bounds[2 &* field &+ 1]]
            if !text.isEmpty { lastNonEmpty = field }
            texts.append(String(decoding: text, as: UTF8.self))
        }
        return Array(texts.prefix(lastNonEmpty &+ 1))
    }

    /// Calls `body` with the row as a record on `line`.
    func withRecord<Result>(line: Int, _ body: (CSVRecord) -> Result) -> Result {
        bytes.withUnsafeBufferPointer { bytes in
            bounds.withUnsafeBufferPointer { bounds in
                body(CSVRecord(line: line, bytes: bytes.baseAddress!, bounds: bounds))
            }
        }
    }
}
