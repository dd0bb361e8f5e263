/// Raw deflate data (RFC 1951) for the filtered rows of a chart image, made several times faster
/// than by zlib's fastest level, and within a tenth of the size of zlib's default level.
///
/// A chart is mostly flat colour, so after the PNG filter most bytes are zero, and many rows
/// repeat the row above. The deflater looks first for those two repeats, a run of the byte before
/// (distance 1) and a stretch equal to the row above (distance: one row), compared 8 bytes at a
/// time; only where neither gives 8 bytes (edges, text) does it look up the last place the next
/// 4 bytes were seen, in this row or the one above. The literals and matches go into blocks with
/// Huffman codes made for their own frequencies (`DeflateBlock`).
struct RowDeflater {
    private var writer = DeflateBitWriter()
    private var block: DeflateBlock
    private let rowLength: Int
    /// The last byte of the row before, once there is one.
    private var last: UInt8?
    /// The position of the next row's first byte in the data (wrapping, as are `recent`'s).
    private var rowStart: UInt32 = 0
    /// The last position at which each hash of 4 bytes was seen.
    private var recent = [UInt32](repeating: 0, count: 1 << hashBits)

    /// The farthest a match may reach back.
    private static let window = 32_768
    private static let hashBits = 15
    /// A run or a match with the row above this long is taken without looking up the hash.
    private static let goodLength = 8
    /// Literals and matches in a block before it is written, checked after each row: enough for
    /// the code tables (about 80 bytes) to matter little, few enough to follow the image's parts.
    private static let tokensPerBlock = 1 << 16

    /// A deflater of rows of `rowLength` bytes.
    init(rowLength: Int) {
        self.rowLength = rowLength
        block = DeflateBlock(capacity: Self.tokensPerBlock + rowLength)
    }

    /// Adds one row; `above` is the row added before it, if any.
    mutating func add(_ row: UnsafePointer<UInt8>, above: UnsafePointer<UInt8>?) {
        var position = 0
        while position < rowLength {
            let match = longestMatch(row, above: above, at: position)
            if match.length >= 3 {
                block.addMatch(length: match.length, distance: match.distance)
                position &+= match.length
            } else {
                block.addLiteral(row[position])
                position &+= 1
            }
        }
        last = row[rowLength &- 1]
        rowStart &+= UInt32(truncatingIfNeeded: rowLength)
        if block.count >= Self.tokensPerBlock { block.write(to: &writer, final: false) }
    }

    /// Ends the data and returns it: for the final part, padded to a byte; otherwise followed by
    /// an empty stored block (as zlib's full flush), so that the next part starts on a byte
    /// boundary with a block of its own.
    mutating func finish(final: Bool) -> [UInt8] {
        block.write(to: &writer, final: final)
        if !final { writer.write(0, count: 3) }  // BFINAL 0, BTYPE 00 (stored)
        writer.alignToByte()
        if !final { writer.append([0x00, 0x00, 0xFF, 0xFF]) }  // LEN 0, NLEN
        return writer.output
    }

    /// The longest of three matches at `position` (length 0 for none): a run of the byte before,
    /// the row above, and the last place the next 4 bytes were seen (see `earlierMatch`); the
    /// nearer on a tie, as its distance costs fewer bits (a run of zeros, distance 1, has none,
    /// where the row above's has 10–13). A run of deflate's longest length (or to the row's end)
    /// is taken without looking further, and a run or a match with the row above of
    /// `goodLength` bytes without the hash.
    @inline(__always)
    private mutating func longestMatch(
        _ row: UnsafePointer<UInt8>, above: UnsafePointer<UInt8>?,
        at position: Int
    ) -> (length: Int, distance: Int) {
        let limit = min(258, rowLength &- position)
        var best = (length: 0, distance: 0)
        if let previous = position > 0 ? row[position &- 1] : last, row[position] == previous {
            best = (Self.runLength(of: previous, at: row + position, limit: limit), 1)
            if best.length == limit { return best }
        }
        if let above, rowLength <= Self.window {
            let length = Self.commonLength(row + position, above + position, limit: limit)
            if length > best.length { best = (length, rowLength) }
            if length == limit { return best }
        }
        if best.length < Self.goodLength, limit >= 4,
            let match = earlierMatch(row, above: above, at: position, limit: limit),
            match.length > best.length
        {
            best = match
        }
        return best
    }

    /// A match of 4 or more bytes at `position` with the last place its first 4 bytes were
    /// seen, if that is in this row or the one above and within the window; `position` becomes
    /// that last place.
    @inline(__always)
    private mutating func earlierMatch(
        _ row: UnsafePointer<UInt8>, above: UnsafePointer<UInt8>?, at position: Int,
        limit: Int
    ) -> (length: Int, distance: Int)? {
        let next4 = UnsafeRawPointer(row + position).loadUnaligned(as: UInt32.self)
        let slot = Int(truncatingIfNeeded: (next4 &* 0x9E37_79B1) >> UInt32(32 - Self.hashBits))
        let here = rowStart &+ UInt32(truncatingIfNeeded: position)
        let distance = Int(here &- recent[slot])
        recent[slot] = here
        guard distance > 0, distance <= Self.window else { return nil }
        let source: UnsafePointer<UInt8>
        var reach = limit
        if distance <= position {
            source = row + (position &- distance)
        } else if let above, distance <= position &+ rowLength {
            source = above + (rowLength &- (distance &- position))
            reach = min(limit, distance &- position)  // up to the end of the row above
        } else {
            return nil
        }
        guard reach >= 4, UnsafeRawPointer(source).loadUnaligned(as: UInt32.self) == next4 else { return nil }
        var length = 4
        while length < reach, source[length] == row[position &+ length] { length &+= 1 }
        return (length, distance)
    }

    @inline(__always)
    private static func word(_ bytes: UnsafePointer<UInt8>, _ offset: Int) -> UInt64 {
        UnsafeRawPointer(bytes + offset).loadUnaligned(as: UInt64.self)
    }

    /// How many bytes from the start `a` and `b` share, at most `limit`.
    @inline(__always)
    private static func commonLength(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, limit: Int) -> Int {
        var length = 0
        while length &+ 8 <= limit, word(a, length) == word(b, length) { length &+= 8 }
        while length < limit, a[length] == b[length] { length &+= 1 }
        return length
    }

    /// How many bytes from `bytes` equal `byte`, at most `limit` (at least 1).
    @inline(__always)
    private static func runLength(of byte: UInt8, at bytes: UnsafePointer<UInt8>, limit: Int) -> Int {
        let repeated = UInt64(byte) &* 0x0101_0101_0101_0101
        var length = 0
        while length &+ 8 <= limit, word(bytes, length) == repeated { length &+= 8 }
        while length < limit, bytes[length] == byte { length &+= 1 }
        return length
    }
}
