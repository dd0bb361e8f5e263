/// A contiguous run of whole records: its byte range in the file and the physical line on which
/// its first record starts.
struct CSVChunk: Equatable {
    var bytes: Range<Int>
    var firstLine: Int
}

/// Splits a file's records into chunks that can be parsed at the same time.
///
/// `speculative` cuts without reading what comes before a cut: each later chunk starts after the
/// first line feed past its cut, as if that line feed ended a record, and numbers its lines from
/// 0. Reading the chunk before it tells whether it did (`CSVChunkParser.endedInsideRecord`) and
/// how many lines come first. `plan` reads ahead to know: the data is cut into `count` equal stretches. The quoting state and the number of line feeds
/// at each cut come from tallying the bytes before the last cut (`CSVBoundaryTally`), in two
/// pieces per stretch so that every core has work; the bytes after the last cut need no tally.
/// Each later chunk starts right after the first line feed past its cut that ends a record from
/// that state (so quoted line breaks are safe), and the line feeds before it give the chunk's
/// first line. A stretch with no such line feed is merged into the chunk before it, leaving its
/// own chunk empty.
enum CSVChunkPlanner {
    /// `count` chunks covering `data`, whose first record starts on `firstLine`, each later one
    /// starting after the first line feed past its cut, its `firstLine` 0 (its lines are counted
    /// from its start); a stretch with no line feed is merged into the chunk before it, leaving an
    /// empty chunk at the end.
    static func speculative(_ file: InputFile, data: Range<Int>, firstLine: Int, count: Int) throws(RowError)
        -> [CSVChunk]
    {
        var chunks = [CSVChunk(bytes: data, firstLine: firstLine)]
        guard count > 1 else { return chunks }
        let block = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: 1 << 12)
        defer { block.deallocate() }
        for stretch in 1..<count {
            let cut = data.lowerBound &+ data.count &* stretch / count
            guard cut >= chunks[chunks.count &- 1].bytes.lowerBound else { continue }
            var offset = cut
            var start: Int?
            while start == nil, offset < data.upperBound {
                let length = min(block.count, data.upperBound &- offset)
                try file.read(into: block.baseAddress!, count: length, at: offset)
                start = block[..<length].firstIndex(of: UInt8(ascii: "\n")).map { offset &+ $0 &+ 1 }
                offset &+= length
            }
            guard let start, start < data.upperBound else { break }
            chunks[chunks.count &- 1].bytes = chunks[chunks.count &- 1].bytes.lowerBound..<start
            chunks.append(CSVChunk(bytes: start..<data.upperBound, firstLine: 0))
        }
        let end = CSVChunk(bytes: data.upperBound..<data.upperBound, firstLine: 0)
        return chunks + repeatElement(end, count: count &- chunks.count)
    }

    /// `count` chunks covering `data`, whose first record starts on `firstLine` and whose fields
    /// are separated by `separator`, in file order.
    static func plan(_ file: InputFile, data: Range<Int>, firstLine: Int, separator: UInt8, count: Int) throws(RowError)
        -> [CSVChunk]
    {
        guard count > 1 else { return [CSVChunk(bytes: data, firstLine: firstLine)] }
        let cuts = (0...count).map { data.lowerBound &+ data.count &* $0 / count }
        let pieces = (0..<(count &- 1)).flatMap { stretch in
            let middle = (cuts[stretch] &+ cuts[stretch &+ 1]) / 2
            return [cuts[stretch]..<middle, middle..<cuts[stretch &+ 1]]
        }
        let tallies = try concurrentMap(pieces.count) { (index) throws(RowError) -> CSVBoundaryTally in
            try CSVBoundaryTally.tally(file, range: pieces[index], separator: separator)
        }

        // The quoting state and the line feeds before each cut after the first.
        var atCuts: [(state: CSVQuoteState, lineFeeds: Int)] = []
        var state = CSVQuoteState.outside
        var lineFeeds = 0
        for (index, tally) in tallies.enumerated() {
            state = tally.endState(startingIn: state)
            lineFeeds &+= tally.lineFeeds
            if index % 2 == 1 { atCuts.append((state, lineFeeds)) }
        }

        // Where each chunk starts (nil: merged away), with its first line.
        let laterStarts = try concurrentMap(count &- 1) { (index) throws(RowError) -> (offset: Int, line: Int)? in
            let cut = atCuts[index]
            let tally = try CSVBoundaryTally.tally(
                file, range: cuts[index &+ 1]..<cuts[index &+ 2], separator: separator, blockSize: 1 << 16
            ) {
                $0.firstBoundary(startingIn: cut.state) != nil
            }
            return tally.firstBoundary(startingIn: cut.state).map { boundary in
                (boundary.offset &+ 1, firstLine &+ cut.lineFeeds &+ boundary.lineFeedsBefore &+ 1)
            }
        }
        let starts = [(offset: data.lowerBound, line: firstLine)] + laterStarts

        // The end of the data is where a merged-away last chunk starts; it holds no record, so
        // its first line is never used.
        var chunks: [CSVChunk] = []
        var next = (offset: data.upperBound, line: firstLine)
        for start in starts.reversed() {
            let start = start ?? next
            chunks.append(CSVChunk(bytes: start.offset..<next.offset, firstLine: start.line))
            next = start
        }
        return chunks.reversed()
    }
}
