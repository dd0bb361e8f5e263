/// A contiguous run of whole records: its byte range in the file and the physical line on which
/// its first record starts.
struct CSVChunk: Equatable {
    var bytes: Range<Int>
    var firstLine: Int
}

/// Splits a file's records into chunks that can be parsed at the same time.
///
/// A first parallel pass tallies `count` equal stretches of the data (`CSVBoundaryTally`). Going
/// through the tallies in order gives the quoting state at each stretch's start; each later chunk
/// starts right after the first line feed of its stretch that ends a record from that state (so
/// quoted line breaks are safe), and the line feeds before it give the chunk's first line. A
/// stretch with no such line feed is merged into the chunk before it, leaving its own chunk empty.
enum CSVChunkPlanner {
    /// `count` chunks covering `data`, whose first record starts on `firstLine`, in file order.
    static func plan(_ file: InputFile, data: Range<Int>, firstLine: Int, count: Int) throws(RowError) -> [CSVChunk] {
        guard count > 1 else { return [CSVChunk(bytes: data, firstLine: firstLine)] }
        let cuts = (0...count).map { data.lowerBound &+ data.count &* $0 / count }
        let tallies = try concurrentMap(count) { (index) throws(RowError) -> CSVBoundaryTally in
            try CSVBoundaryTally.tally(file, range: cuts[index]..<cuts[index &+ 1])
        }

        // Where each chunk starts (nil: merged away), with its first line.
        var starts: [(offset: Int, line: Int)?] = [(data.lowerBound, firstLine)]
        var state = tallies[0].endState(startingIn: .outside)
        var lineFeeds = tallies[0].lineFeeds
        for tally in tallies.dropFirst() {
            starts.append(tally.firstBoundary(startingIn: state).map { boundary in
                (boundary.offset &+ 1, firstLine &+ lineFeeds &+ boundary.lineFeedsBefore &+ 1)
            })
            state = tally.endState(startingIn: state)
            lineFeeds &+= tally.lineFeeds
        }

        var chunks: [CSVChunk] = []
        var next = (offset: data.upperBound, line: firstLine &+ lineFeeds)
        for start in starts.reversed() {
            let start = start ?? next
            chunks.append(CSVChunk(bytes: start.offset..<next.offset, firstLine: start.line))
            next = start
        }
        return chunks.reversed()
    }
}
