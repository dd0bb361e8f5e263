/// A part of a sheet's XML that one thread reads: whole rows, and the row numbers around them.
struct SheetChunk {
    /// Bytes of the spilled XML, starting at a `<row` tag (or at the data's start).
    var range: Range<Int>
    /// The row before the chunk's first (the header's for the first chunk): the rows between
    /// it and the first row read are empty.
    var previousRow: Int
    /// The first row of the next chunk: the rows between the chunk's last row and it are empty.
    var nextRow: Int?
}

/// Splits a sheet's rows into chunks of about equal size at `<row` tags, as `CSVChunkPlanner`
/// does for a CSV file at line feeds. A split needs the number of the row it starts at, so a
/// sheet whose rows have no `r` is read as one chunk.
enum SheetChunkPlanner {
    /// How far past a planned split the next `<row` tag is looked for.
    static let window = 1 << 16

    /// `count` chunks of `data` in `spill` (those the rows do not allow are empty), the first
    /// one after `headerRow`.
    static func plan(_ spill: SpillFile, data: Range<Int>, headerRow: Int, count: Int,
                     displayName: String) throws(RowError) -> [SheetChunk] {
        var splits: [(offset: Int, row: Int)] = []
        let window = UnsafeMutablePointer<UInt8>.allocate(capacity: Self.window)
        defer { window.deallocate() }
        for index in 1..<max(1, count) {
            let target = data.lowerBound &+ data.count / count &* index
            guard target > (splits.last?.offset ?? data.lowerBound) else { continue }
            let length = min(Self.window, data.upperBound &- target)
            do {
                try spill.read(into: window, count: length, at: target)
            } catch {
                throw SpillRangeSource.unreadable(displayName, error)
            }
            if let (offset, row) = firstRow(in: window, count: length) { splits.append((target &+ offset, row)) }
        }
        var chunks: [SheetChunk] = []
        var start = data.lowerBound, previous = headerRow
        for split in splits {
            chunks.append(SheetChunk(range: start..<split.offset, previousRow: previous, nextRow: split.row))
            start = split.offset
            previous = split.row &- 1
        }
        chunks.append(SheetChunk(range: start..<data.upperBound, previousRow: previous, nextRow: nil))
        while chunks.count < count { chunks.append(SheetChunk(range: data.upperBound..<data.upperBound, previousRow: previous, nextRow: nil)) }
        return chunks
    }

    /// Where the first `<row` tag in `bytes` starts and its row number, if the tag and its number
    /// are there before the end of `<sheetData>`.
    private static func firstRow(in bytes: UnsafePointer<UInt8>, count: Int) -> (Int, Int)? {
            var position = 0
            while let open = nextMarkup(bytes, from: position, count: count), let tag = XMLTag.scan(bytes, at: open, count: count) {
                if tag.isNamed("sheetData", in: bytes) { return nil }
                if tag.opens("row", in: bytes) {
                    guard let range = tag.attribute("r", in: bytes), !range.isEmpty, range.count <= 7,
                          let row = Int(String(decoding: UnsafeBufferPointer(start: bytes + range.lowerBound, count: range.count), as: UTF8.self)),
                          row >= 1 else { return nil }
                    return (open, row)
                }
                position = tag.end
            }
            return nil
    }
}
