#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The bytes of one chunk of a file, read in order with `pread` into a bounded buffer, and
/// converted from TIS-620 to UTF-8 on the way when the file is in TIS-620.
///
/// The buffer keeps the unfinished record at its end when it reads on, and grows (doubling) only
/// when that record fills half of it.
struct CSVChunkBuffer: ~Copyable {
    /// Readable bytes after the buffer's capacity, so that a block may start at any byte.
    static let slack = CSVEventScanner.overread
    /// Buffer size for a chunk of a big file.
    static let defaultCapacity = 512 << 10

    /// The bytes held are `bytes[0 ..< count]`. Moves when the buffer grows.
    private(set) var bytes: UnsafeMutablePointer<UInt8>
    private(set) var count = 0
    private var capacity: Int
    private let file: InputFile
    /// File offset of the next byte to read, and of the chunk's end.
    private var next: Int
    private let end: Int
    /// Undecoded bytes, for TIS-620 only.
    private let raw: UnsafeMutableBufferPointer<UInt8>?

    init(file: InputFile, range: Range<Int>, text: CSVText) {
        let expansion = text == .tis620 ? TIS620.maxExpansion : 1
        capacity = min(Self.defaultCapacity, max(1 << 12, range.count &* expansion))
        bytes = Self.allocate(capacity)
        self.file = file
        next = range.lowerBound
        end = range.upperBound
        raw = text == .tis620 ? .allocate(capacity: capacity / expansion) : nil
    }

    deinit {
        bytes.deallocate()
        raw?.deallocate()
    }

    /// True when every byte of the chunk has been read.
    var isExhausted: Bool { next == end }

    /// Drops the bytes before offset `keep`, moves the rest to the front, and reads on.
    /// Returns the number of file bytes read.
    mutating func refill(keepingFrom keep: Int) throws(RowError) -> Int {
        let kept = count &- keep
        if kept > capacity / 2 {
            let larger = Self.allocate(capacity &* 2)
            larger.update(from: bytes + keep, count: kept)
            bytes.deallocate()
            bytes = larger
            capacity &*= 2
        } else if keep > 0 {
            memmove(bytes, bytes + keep, kept)
        }
        count = kept

        let room = capacity &- count
        if let raw {
            let length = min(room / TIS620.maxExpansion, raw.count, end &- next)
            try file.read(into: raw.baseAddress!, count: length, at: next)
            count &+= TIS620.convert(raw.baseAddress!, count: length, into: bytes + count)
            next &+= length
            return length
        }
        let length = min(room, end &- next)
        try file.read(into: bytes + count, count: length, at: next)
        count &+= length
        next &+= length
        return length
    }

    private static func allocate(_ capacity: Int) -> UnsafeMutablePointer<UInt8> {
        let bytes = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity &+ slack)
        bytes.initialize(repeating: 0, count: capacity &+ slack)
        return bytes
    }
}
