/// Line feeds and record boundaries in a stretch of a file, found without parsing.
///
/// The quoting state at the stretch's start is unknown until the stretches before it are
/// tallied, so the tally runs `CSVQuoteState` from each of its three states at once, jumping from
/// quote to quote with `memchr`; for each it notes the first line feed that ends a record and
/// the state at the end. It also counts all line feeds, which gives physical line numbers.
struct CSVBoundaryTally {
    /// A line feed that ends a record: its file offset, and how many line feeds of the stretch
    /// come before it.
    struct Boundary {
        let offset: Int
        let lineFeedsBefore: Int
    }

    /// The machine run from one starting state.
    private struct Run {
        var state: CSVQuoteState
        var firstBoundary: Boundary?
    }

    /// Line feeds seen so far.
    private(set) var lineFeeds = 0
    /// One run per starting state, indexed by its raw value.
    private var runs = CSVQuoteState.allCases.map { Run(state: $0) }
    /// The byte before the next one to be added.
    private var previous: UInt8
    /// The field separator.
    private let separator: UInt8

    /// A tally of a stretch that follows the byte `previous`, in a file whose fields are
    /// separated by `separator`.
    init(previous: UInt8, separator: UInt8) {
        self.previous = previous
        self.separator = separator
    }

    /// The first line feed that ends a record when the stretch starts in `state`.
    func firstBoundary(startingIn state: CSVQuoteState) -> Boundary? { runs[state.rawValue].firstBoundary }

    /// The state after the bytes added so far when the stretch starts in `state`.
    func endState(startingIn state: CSVQuoteState) -> CSVQuoteState { runs[state.rawValue].state }

    /// Adds the next `count` bytes of the stretch, which start at file offset `offset`.
    mutating func add(_ bytes: UnsafePointer<UInt8>, count: Int, offset: Int) {
        let lineFeed = UInt8(ascii: "\n")
        let quote = UInt8(ascii: "\"")
        var position = 0
        while position < count {
            let nextQuote = ByteSearch.firstIndex(of: quote, in: bytes, from: position, to: count) ?? count
            if position < nextQuote {
                // No quotes here: the first byte may close a quoted field, the rest changes nothing.
                let first = bytes[position]
                let before = position > 0 ? bytes[position &- 1] : previous
                let firstLineFeed = ByteSearch.firstIndex(of: lineFeed, in: bytes, from: position, to: nextQuote)
                for index in runs.indices {
                    runs[index].state = runs[index].state.next(first, after: before, separator: separator)
                    if runs[index].state == .outside, runs[index].firstBoundary == nil, let firstLineFeed {
                        runs[index].firstBoundary = Boundary(
                            offset: offset &+ firstLineFeed, lineFeedsBefore: lineFeeds)
                    }
                }
                if let firstLineFeed {
                    lineFeeds &+= ByteSearch.count(of: lineFeed, in: bytes, from: firstLineFeed, to: nextQuote)
                }
            }
            guard nextQuote < count else { break }
            let before = nextQuote > 0 ? bytes[nextQuote &- 1] : previous
            for index in runs.indices {
                runs[index].state = runs[index].state.next(quote, after: before, separator: separator)
            }
            position = nextQuote &+ 1
        }
        if count > 0 { previous = bytes[count &- 1] }
    }

    /// Tallies `range` of `file`, whose fields are separated by `separator`, reading it in blocks
    /// of `blockSize` bytes. `previous` is the byte before the range (read from the file when
    /// `nil`). Stops early, after a whole block, once `enough` says so.
    static func tally(
        _ file: InputFile, range: Range<Int>, separator: UInt8, previous: UInt8? = nil, blockSize: Int = 1 << 20,
        until enough: (CSVBoundaryTally) -> Bool = { _ in false }
    ) throws(RowError) -> CSVBoundaryTally {
        let block = UnsafeMutablePointer<UInt8>.allocate(capacity: max(1, min(blockSize, range.count)))
        defer { block.deallocate() }
        if previous == nil, range.lowerBound > 0 { try file.read(into: block, count: 1, at: range.lowerBound &- 1) }
        var tally = CSVBoundaryTally(
            previous: previous ?? (range.lowerBound > 0 ? block[0] : UInt8(ascii: "\n")), separator: separator)
        var offset = range.lowerBound
        while offset < range.upperBound, !enough(tally) {
            let count = min(blockSize, range.upperBound &- offset)
            try file.read(into: block, count: count, at: offset)
            tally.add(block, count: count, offset: offset)
            offset &+= count
        }
        return tally
    }
}
