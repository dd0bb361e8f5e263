#if arch(x86_64)
    import CByteScan
#endif

/// Finds the bytes the CSV parser must look at (separators, line feeds and quotes) in a buffer,
/// 16 bytes at a time with SIMD compares, then the end of the data if the buffer holds its end;
/// and notes whether the bytes passed hold any that is not ASCII. On x86-64 the compares'
/// lanes become bits with `pmovmskb` (`CByteScan`); elsewhere with a multiplication.
struct CSVEventScanner {
    /// A byte the parser must look at.
    enum Kind {
        /// The field separator (a comma, semicolon or tab).
        case separator
        case lineFeed
        case quote
        /// The end of the data (at the buffer's end), which ends the last record like a line feed.
        case end
    }

    /// Bytes read past the end of the buffer, which must be readable (and are ignored).
    static let overread = 16

    private let bytes: UnsafePointer<UInt8>
    private let count: Int
    /// The field separator, alone and (for the portable compares) in every lane.
    private let separator: UInt8
    #if !arch(x86_64)
        private let separators: SIMD16<UInt8>
    #endif
    /// Whether `.end` is still to come.
    private var endPending: Bool
    /// The block being scanned: where it starts, and its events not yet returned.
    private var blockStart: Int
    private var events: UInt32 = 0
    /// The high bits of the bytes of the blocks loaded since `startRecord()`, ORed.
    private var high: UInt32 = 0

    /// A scanner of `bytes[start ..< count]`, whose fields are separated by `separator` and
    /// which hold the end of the data when `holdsEnd`.
    init(_ bytes: UnsafePointer<UInt8>, count: Int, from start: Int, separator: UInt8, holdsEnd: Bool) {
        self.bytes = bytes
        self.count = count
        self.separator = separator
        #if !arch(x86_64)
            separators = SIMD16(repeating: separator)
        #endif
        endPending = holdsEnd
        blockStart = start &- 16
    }

    /// The next event, or `nil` after the last.
    @inline(__always)
    mutating func next() -> (kind: Kind, position: Int)? {
        while events == 0 {
            blockStart &+= 16
            guard blockStart < count else {
                guard endPending else { return nil }
                endPending = false
                return (.end, count)
            }
            load()
        }
        let event = events & (0 &- events)
        events ^= event
        let position = blockStart &+ event.trailingZeroBitCount
        let byte = bytes[position]
        if byte == separator { return (.separator, position) }
        return (byte == UInt8(ascii: "\n") ? .lineFeed : .quote, position)
    }

    /// Marks the start of a record, for `sawNonASCII`: it forgets the blocks before the current one.
    @inline(__always)
    mutating func startRecord() { high = blockStart >= 0 && blockStart < count ? Self.highBits(bytes + blockStart) : 0 }

    /// True when a block loaded since `startRecord()` holds a byte with the high bit set (the
    /// record may then not be ASCII; blocks also hold bytes of the records around it).
    var sawNonASCII: Bool { high != 0 }

    @inline(__always)
    private mutating func load() {
        let start = bytes + blockStart
        high |= Self.highBits(start)
        #if arch(x86_64)
            let lanes = kpi_csv_events16(start, separator)
        #else
            let block = UnsafeRawPointer(start).loadUnaligned(as: SIMD16<UInt8>.self)
            // Literal splats: with `UInt8(ascii:)` the compares are not vectorised. The
            // separator's splat is made once, in `init`.
            let lanes = Self.bitMask(
                (block .== separators) .| (block .== SIMD16<UInt8>(repeating: 0x0A))
                    .| (block .== SIMD16<UInt8>(repeating: 0x22)))
        #endif
        let inside: UInt32 = count &- blockStart >= 16 ? 0xFFFF : (1 &<< UInt32(count &- blockStart)) &- 1
        events = lanes & inside
    }

    /// Bit `i` set when byte `i` of the 16 at `start` is not ASCII.
    @inline(__always)
    private static func highBits(_ start: UnsafePointer<UInt8>) -> UInt32 {
        #if arch(x86_64)
            kpi_high_bits16(start)
        #else
            bitMask(UnsafeRawPointer(start).loadUnaligned(as: SIMD16<UInt8>.self) .>= SIMD16<UInt8>(repeating: 0x80))
        #endif
    }

    /// Bit `i` set when lane `i` is true. Swift has no `movemask`; multiplying the lanes' top bits
    /// by a magic constant gathers the 8 of each half into one byte.
    @inline(__always)
    private static func bitMask(_ mask: SIMDMask<SIMD16<Int8>>) -> UInt32 {
        let lanes = unsafeBitCast(
            SIMD16<UInt8>(repeating: 0).replacing(with: 0x80, where: mask), to: SIMD2<UInt64>.self)
        let low = (lanes[0] &* 0x0002_0408_1020_4081) &>> 56
        let high = (lanes[1] &* 0x0002_0408_1020_4081) &>> 56
        return UInt32(truncatingIfNeeded: low | high &<< 8)
    }
}
