/// A window over a stream of XML bytes that keeps an unfinished element across reads.
///
/// The buffer grows (doubling) only when one element fills it, up to `maxCapacity`; an element
/// longer than that is an error, so a damaged or hostile file cannot exhaust memory.
struct XMLStreamBuffer: ~Copyable {
    /// The bytes held are `bytes[0 ..< count]`. Moves when the buffer grows.
    private(set) var bytes: UnsafeMutablePointer<UInt8>
    private(set) var count = 0
    /// True once the source has nothing more.
    private(set) var isExhausted = false
    /// Stream offset of `bytes[0]`.
    private(set) var streamOffset = 0
    private var capacity: Int
    private let source: ZipEntryStream
    /// How errors name the part: the file and the part's path in the archive.
    private let file: String
    private let part: String

    static let maxCapacity = 64 << 20

    /// A buffer over `source`, whose first byte is at `streamOffset` of the stream.
    init(source: ZipEntryStream, streamOffset: Int = 0, capacity: Int = 1 << 20, file: String, part: String) {
        self.source = source
        self.streamOffset = streamOffset
        self.capacity = capacity
        self.file = file
        self.part = part
        bytes = .allocate(capacity: capacity)
    }

    deinit { bytes.deallocate() }

    /// Drops the bytes before `keep`, moves the rest to the start and reads more after them.
    /// Returns false when the stream had nothing more (`isExhausted`).
    mutating func refill(keepingFrom keep: Int) throws(RowError) -> Bool {
        let kept = count &- keep
        if keep > 0 { (bytes).update(from: bytes + keep, count: kept) }
        streamOffset &+= keep
        count = kept
        if count == capacity {
            guard capacity < Self.maxCapacity else {
                throw RowError(
                    file: file, line: 0, reason: "\(part) holds an element longer than \(Self.maxCapacity >> 20) MiB")
            }
            let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity &* 2)
            grown.update(from: bytes, count: count)
            bytes.deallocate()
            bytes = grown
            capacity &*= 2
        }
        let read = try source.read(into: UnsafeMutableRawBufferPointer(start: bytes + count, count: capacity &- count))
        count &+= read
        if read == 0 { isExhausted = true }
        return read > 0
    }

    /// A `RowError` saying that the part is not well-formed where `what` was expected.
    func malformed(_ what: String, line: Int = 0) -> RowError {
        RowError(file: file, line: line, reason: "not a readable Excel workbook: \(part) is damaged (\(what))")
    }
}
