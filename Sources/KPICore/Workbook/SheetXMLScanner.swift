/// Reads the rows of a worksheet's XML (`<sheetData>`) from a stream, one at a time, turning
/// each row's cells into the texts the CSV rules read (see `SheetCells`), without ever holding
/// more than a buffer of the sheet.
///
/// Cells are placed by their reference (`r="C5"`), so sparse cells and rows are read where
/// Excel shows them; a cell or row without a reference follows the one before it. String cells
/// are shared (`t="s"`), inline (`t="inlineStr"`) or formula results (`t="str"`); numbers are
/// written by `CellNumberText`, or by `CellDateText` when their style shows a date; a boolean is
/// `TRUE` or `FALSE` and an error cell its code (`#DIV/0!`), as Excel saves them in CSV, for
/// the field parsers to refuse where a contract column needs a value.
struct SheetXMLScanner: ~Copyable {
    private var buffer: XMLStreamBuffer
    /// Where reading goes on in the buffer.
    private var position = 0
    private let layout: SheetLayout
    /// The last row read.
    private(set) var cells: SheetCells
    /// True once `</sheetData>` has been read, or a stop reached.
    private var ended = false
    /// Stream offsets at which reading stops before the first numbered row there (see `init`).
    private let stops: [Int]
    private var nextStop = 0
    /// The number of the row at which reading stopped, if it stopped at one of `stops`.
    private(set) var stoppedAtRow: Int?
    /// Whether the last row read had its number in an `r`.
    private(set) var lastRowWasNumbered = false
    /// Stream offset of the `<row` tag of the last row read, or of the row reading stopped at.
    private(set) var lastRowOffset = 0

    /// The most text a row's cells may hold together, beyond which it is refused: a cell holds
    /// at most `CSVLimits.fieldBytes`, and a row of shared strings could otherwise expand to
    /// 16,384 of them.
    static let maxRowText = 64 << 20

    /// Excel's limits: rows and columns beyond them are a damaged file.
    static let maxRow = 1 << 20
    static let maxColumn = 1 << 14

    /// Reads rows from `source`, whose first byte is at `streamOffset` of the sheet's XML. At each
    /// of `stops` (ascending offsets), the first row tag at or after it that has a number ends the
    /// reading (`stoppedAtRow`): the rows from there on are another reader's.
    init(source: ZipEntryStream, layout: SheetLayout, streamOffset: Int = 0, stops: [Int] = []) {
        buffer = XMLStreamBuffer(
            source: source, streamOffset: streamOffset, file: layout.displayName, part: layout.part)
        self.stops = stops
        self.layout = layout
        cells = SheetCells(width: layout.width)
    }

    /// Stream offset just after the last row read.
    var offset: Int { buffer.streamOffset &+ position }

    /// Reads the next row into `cells` and returns its number (`previous + 1` when it has no
    /// reference), or `nil` after the last row. Throws when the row's number is not above
    /// `previous`.
    mutating func nextRow(after previous: Int) throws(RowError) -> Int? {
        while !ended {
            let bytes = buffer.bytes
            let count = buffer.count
            guard let open = nextMarkup(bytes, from: position, count: count) else {
                guard try buffer.refill(keepingFrom: count) else { return nil }
                position = 0
                continue
            }
            guard let tag = XMLTag.scan(bytes, at: open, count: count) else {
                guard try buffer.refill(keepingFrom: open) else { throw buffer.malformed("it ends inside a tag") }
                position = 0
                continue
            }
            if tag.isNamed("sheetData", in: bytes), tag.kind != .start {
                ended = true
                return nil
            }
            guard tag.opens("row", in: bytes) else {
                position = tag.end
                continue
            }
            let row = try rowNumber(tag, bytes, previous: previous)
            lastRowWasNumbered = tag.attribute("r", in: bytes) != nil
            lastRowOffset = buffer.streamOffset &+ open
            if nextStop < stops.count, buffer.streamOffset &+ open >= stops[nextStop] {
                while nextStop < stops.count, buffer.streamOffset &+ open >= stops[nextStop] { nextStop &+= 1 }
                if lastRowWasNumbered {
                    stoppedAtRow = row
                    ended = true
                    return nil
                }
            }
            // Checked at the row's tag, before its cells: the first problem in file order, as
            // the reader of the part before finds it when this row is where its part stops.
            guard row > previous else { throw outOfOrder(row, after: previous) }
            cells.reset()
            guard let end = try readCells(of: tag, row: row) else {
                guard try buffer.refill(keepingFrom: open) else { throw buffer.malformed("it ends inside row \(row)") }
                position = 0
                continue
            }
            position = end
            return row
        }
        return nil
    }

    /// The error of row `row` coming after row `previous`.
    func outOfOrder(_ row: Int, after previous: Int) -> RowError {
        buffer.malformed("row \(row) comes after row \(previous)", line: row)
    }

    // MARK: - Cells

    private enum CellType {
        case number, shared, inline, formulaText, boolean, error, isoDate
    }

    /// Reads the cells of the row that `rowTag` opens; returns the offset after the row, or
    /// `nil` when the buffer ends first.
    private mutating func readCells(of rowTag: XMLTag, row: Int) throws(RowError) -> Int? {
        guard rowTag.kind == .start else { return rowTag.end }
        let bytes = buffer.bytes
        let count = buffer.count
        var position = rowTag.end
        var column = -1
        while true {
            guard let open = nextMarkup(bytes, from: position, count: count),
                let tag = XMLTag.scan(bytes, at: open, count: count)
            else { return nil }
            position = tag.end
            if tag.closes("row", in: bytes) { return position }
            guard tag.opens("c", in: bytes) else { continue }
            let attributes = CellAttributes(tag, bytes)
            column = try columnIndex(attributes.reference, bytes, previous: column, row: row)
            guard tag.kind == .start else { continue }
            let type = cellType(attributes.type, bytes)
            let start = cells.bytes.count
            if type == .inline {
                switch RichTextRuns.append(bytes, from: position, count: count, until: "c", to: &cells.bytes) {
                case .complete(let end): position = end
                case .incomplete: return nil
                case .badReference:
                    throw buffer.malformed(
                        "cell \(reference(column, row)) holds a reference to no character", line: row)
                }
            } else {
                var value: Range<Int>?
                while true {
                    guard let open = nextMarkup(bytes, from: position, count: count),
                        let inner = XMLTag.scan(bytes, at: open, count: count)
                    else { return nil }
                    position = inner.end
                    if inner.closes("c", in: bytes) { break }
                    if inner.kind == .start, inner.isNamed("v", in: bytes) {
                        guard let textEnd = nextMarkup(bytes, from: position, count: count) else { return nil }
                        value = position..<textEnd
                        position = textEnd
                    }
                }
                if let value, column < layout.width {
                    try appendValue(
                        bytes, value, type: type, style: attributes.style.flatMap { Self.decimal(bytes, $0) } ?? 0,
                        column: column, row: row)
                }
            }
            guard column < layout.width else {
                cells.bytes.removeSubrange(start...)
                continue
            }
            if cells.bytes.count &- start > CSVLimits.fieldBytes || cells.bytes.count > Self.maxRowText {
                cells.refuse(
                    cells.bytes.count &- start > CSVLimits.fieldBytes ? column : nil,
                    cells.bytes.count &- start > CSVLimits.fieldBytes ? Self.cellTooLong : Self.rowTooLong)
                cells.bytes.removeSubrange(start...)
            }
            if type == .inline || type == .formulaText || type == .isoDate { checkText(from: start, field: column) }
            cells.setField(column, from: start)
        }
    }

    /// Appends the text of a cell's `<v>` value.
    private mutating func appendValue(
        _ bytes: UnsafePointer<UInt8>, _ value: Range<Int>, type: CellType, style: Int,
        column: Int, row: Int
    ) throws(RowError) {
        switch type {
        case .number:
            if layout.styles.isDate(style: style) {
                CellDateText.appendSerial(bytes, value, system: layout.dateSystem, to: &cells.bytes)
            } else {
                let use: CellNumberText.Use = column < layout.isMoney.count && layout.isMoney[column] ? .money : .plain
                CellNumberText.append(bytes, value, as: use, to: &cells.bytes)
            }
        case .shared:
            guard let index = Self.decimal(bytes, value), index < layout.sharedStrings.count else {
                let text = String(
                    decoding: UnsafeBufferPointer(start: bytes + value.lowerBound, count: value.count), as: UTF8.self)
                throw buffer.malformed(
                    "cell \(reference(column, row)) refers to shared string '\(text)', which the workbook does not have",
                    line: row)
            }
            // Checked before it is copied: a row of long shared strings is never all held.
            layout.sharedStrings.withString(index) { text in
                if text.count > CSVLimits.fieldBytes {
                    cells.refuse(column, Self.cellTooLong)
                } else {
                    cells.bytes.append(contentsOf: text)
                }
            }
        case .boolean:
            let isTrue = value.count == 1 && bytes[value.lowerBound] == UInt8(ascii: "1")
            cells.bytes.append(contentsOf: (isTrue ? "TRUE" : "FALSE").utf8)
        case .isoDate:
            var text: [UInt8] = []
            guard XMLText.appendDecoded(bytes, value, to: &text) else { throw badReference(column, row) }
            CellDateText.appendISO(text, to: &cells.bytes)
        case .formulaText, .error, .inline:
            guard XMLText.appendDecoded(bytes, value, to: &cells.bytes) else { throw badReference(column, row) }
        }
    }

    /// Notes the field as not text when its bytes since `start` are not UTF-8.
    private mutating func checkText(from start: Int, field: Int) {
        let invalid = cells.bytes.withUnsafeBufferPointer { all in
            UTF8Validation.firstInvalidByte(all.baseAddress! + start, count: all.count &- start) != nil
        }
        if invalid { cells.refuse(field, CSVChunkParser.invalidUTF8WithoutHint) }
    }

    /// The attributes of a cell that say where it is, what it holds and its style.
    private struct CellAttributes {
        var reference: Range<Int>?
        var type: Range<Int>?
        var style: Range<Int>?

        init(_ tag: XMLTag, _ bytes: UnsafePointer<UInt8>) {
            tag.forEachAttribute(in: bytes) { name, value in
                guard name.count == 1 else { return }
                switch bytes[name.lowerBound] {
                case UInt8(ascii: "r"): reference = value
                case UInt8(ascii: "t"): type = value
                case UInt8(ascii: "s"): style = value
                default: break
                }
            }
        }
    }

    private func cellType(_ range: Range<Int>?, _ bytes: UnsafePointer<UInt8>) -> CellType {
        guard let range, let first = range.first.map({ bytes[$0] }) else { return .number }
        switch (range.count, first) {
        case (1, UInt8(ascii: "s")): return .shared
        case (9, UInt8(ascii: "i")): return .inline
        case (3, UInt8(ascii: "s")): return .formulaText
        case (1, UInt8(ascii: "b")): return .boolean
        case (1, UInt8(ascii: "e")): return .error
        case (1, UInt8(ascii: "d")): return .isoDate
        default: return .number
        }
    }

    /// The row's number from its `r`, or the one after `previous`.
    private func rowNumber(_ tag: XMLTag, _ bytes: UnsafePointer<UInt8>, previous: Int) throws(RowError) -> Int {
        guard let range = tag.attribute("r", in: bytes) else { return previous &+ 1 }
        guard let row = Self.decimal(bytes, range), row >= 1, row <= Self.maxRow else {
            throw buffer.malformed(
                "a row is numbered '\(String(decoding: UnsafeBufferPointer(start: bytes + range.lowerBound, count: range.count), as: UTF8.self))'",
                line: previous &+ 1)
        }
        return row
    }

    /// The cell's column (0 = A) from the letters of its `r` (`C5`), or the one after `previous`.
    private func columnIndex(_ reference: Range<Int>?, _ bytes: UnsafePointer<UInt8>, previous: Int, row: Int)
        throws(RowError) -> Int
    {
        guard let range = reference else { return previous &+ 1 }
        var column = 0
        var position = range.lowerBound
        while position < range.upperBound, column <= Self.maxColumn {
            let letter = bytes[position] | 0x20
            guard letter >= UInt8(ascii: "a"), letter <= UInt8(ascii: "z") else { break }
            column = column &* 26 &+ Int(letter &- UInt8(ascii: "a")) &+ 1
            position &+= 1
        }
        guard column >= 1, column <= Self.maxColumn else {
            throw buffer.malformed(
                "a cell of row \(row) has the reference '\(String(decoding: UnsafeBufferPointer(start: bytes + range.lowerBound, count: range.count), as: UTF8.self))'",
                line: row)
        }
        return column &- 1
    }

    private func badReference(_ column: Int, _ row: Int) -> RowError {
        buffer.malformed("cell \(reference(column, row)) holds a reference to no character", line: row)
    }

    /// A cell's name as Excel shows it (`C5`).
    private func reference(_ column: Int, _ row: Int) -> String {
        var letters = ""
        var rest = column &+ 1
        while rest > 0 {
            letters = String(UnicodeScalar(UInt8(ascii: "A") &+ UInt8((rest &- 1) % 26))) + letters
            rest = (rest &- 1) / 26
        }
        return letters + String(row)
    }

    /// Why a cell or a row is refused for its length.
    static let cellTooLong =
        "a cell whose text is longer than 1 MiB (\(CSVLimits.fieldBytes) bytes): no value of the contract is so long"
    static let rowTooLong = "a row whose cells hold more than \(maxRowText >> 20) MiB of text"

    /// A small unsigned decimal, or `nil`.
    private static func decimal(_ bytes: UnsafePointer<UInt8>, _ range: Range<Int>) -> Int? {
        guard !range.isEmpty, range.count <= 9 else { return nil }
        var value = 0
        for position in range {
            let digit = bytes[position] &- 0x30
            guard digit < 10 else { return nil }
            value = value &* 10 &+ Int(digit)
        }
        return value
    }
}
