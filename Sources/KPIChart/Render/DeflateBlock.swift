/// The literals and matches of one deflate block, written in Huffman codes made for their own
/// frequencies (RFC 1951, 3.2.7: a block with dynamic Huffman codes).
///
/// Its buffers are a reference: a copy would share them, so a block is never copied (it lives
/// inside one `RowDeflater`).
struct DeflateBlock {
    /// The block's buffers, allocated once: appending to arrays checked their uniqueness and
    /// capacity at every token.
    private final class Buffers {
        /// A literal byte (below 256), or a match: distance << 9 | length.
        let tokens: UnsafeMutablePointer<UInt32>
        let literalFrequencies = UnsafeMutablePointer<Int>.allocate(capacity: 286)
        let distanceFrequencies = UnsafeMutablePointer<Int>.allocate(capacity: 30)
        /// The length symbol (minus 257) of each match length 0…258 (3…258 used).
        let lengthSymbols = UnsafeMutablePointer<UInt8>.allocate(capacity: 259)

        init(capacity: Int) {
            tokens = .allocate(capacity: capacity)
            literalFrequencies.initialize(repeating: 0, count: 286)
            distanceFrequencies.initialize(repeating: 0, count: 30)
            lengthSymbols.initialize(from: DeflateBlock.lengthSymbols, count: 259)
        }

        deinit {
            tokens.deallocate()
            literalFrequencies.deallocate()
            distanceFrequencies.deallocate()
            lengthSymbols.deallocate()
        }
    }

    private let buffers: Buffers
    private let capacity: Int
    /// How many literals and matches the block holds.
    private(set) var count = 0

    /// A block of at most `capacity` literals and matches.
    init(capacity: Int) {
        self.capacity = capacity
        buffers = Buffers(capacity: capacity)
    }

    @inline(__always)
    mutating func addLiteral(_ byte: UInt8) {
        precondition(count < capacity)
        buffers.tokens[count] = UInt32(byte)
        count &+= 1
        buffers.literalFrequencies[Int(byte)] &+= 1
    }

    /// A copy of `length` (3…258) bytes from `distance` (1…32768) back.
    @inline(__always)
    mutating func addMatch(length: Int, distance: Int) {
        precondition(count < capacity)
        buffers.tokens[count] = UInt32(distance) << 9 | UInt32(length)
        count &+= 1
        buffers.literalFrequencies[257 &+ Int(buffers.lengthSymbols[length])] &+= 1
        buffers.distanceFrequencies[Self.distanceSymbol(distance)] &+= 1
    }

    /// Writes the block, ending the stream when `final`, and empties it for the next one.
    mutating func write(to writer: inout DeflateBitWriter, final: Bool) {
        buffers.literalFrequencies[256] = 1  // end of block
        let literalLengths = HuffmanCode.lengths(
            of: Array(UnsafeBufferPointer(start: buffers.literalFrequencies, count: 286)), limit: 15)
        let distanceLengths = HuffmanCode.lengths(
            of: Array(UnsafeBufferPointer(start: buffers.distanceFrequencies, count: 30)), limit: 15)
        writer.write(final ? 0b101 : 0b100, count: 3)  // BFINAL, BTYPE 10 (dynamic Huffman codes)
        Self.writeCodeLengths(literalLengths, distanceLengths, to: &writer)
        let literalCodes = HuffmanCode.codes(lengths: literalLengths)
        let distanceCodes = HuffmanCode.codes(lengths: distanceLengths)
        let lengthSymbols = buffers.lengthSymbols
        let lengthBases = Self.lengthBases
        let lengthExtraBits = Self.lengthExtraBits
        // A literal takes at most 15 bits, a match 48 (15 + 5 + 15 + 13).
        writer.withSink(maxBytes: count &* 6 &+ 8) { sink in
            literalCodes.withUnsafeBufferPointer { literalCodes in
                distanceCodes.withUnsafeBufferPointer { distanceCodes in
                    for token in UnsafeBufferPointer(start: buffers.tokens, count: count) {
                        guard token >= 256 else {
                            sink.write(literalCodes[Int(token)])
                            continue
                        }
                        let length = Int(token & 0x1FF)
                        let distance = Int(token >> 9)
                        let lengthSymbol = Int(lengthSymbols[length])
                        sink.write(literalCodes[257 &+ lengthSymbol])
                        sink.write(length &- lengthBases[lengthSymbol], count: lengthExtraBits[lengthSymbol])
                        let distanceSymbol = Self.distanceSymbol(distance)
                        sink.write(distanceCodes[distanceSymbol])
                        let extraBits = Self.distanceExtraBits(distanceSymbol)
                        sink.write((distance &- 1) & ((1 << extraBits) &- 1), count: extraBits)
                    }
                    sink.write(literalCodes[256])
                }
            }
        }
        count = 0
        buffers.literalFrequencies.update(repeating: 0, count: 286)
        buffers.distanceFrequencies.update(repeating: 0, count: 30)
    }

    // MARK: - The code lengths (RFC 1951, 3.2.7)

    /// The order in which the code-length code's own lengths are written.
    private static let codeLengthOrder = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]

    /// HLIT, HDIST and HCLEN, the code-length code, then the literal/length and distance code
    /// lengths in it, repeats shortened with symbols 16 (the length before, 3–6 times), 17 and 18
    /// (zeros, 3–10 and 11–138 times).
    private static func writeCodeLengths(
        _ literalLengths: [Int], _ distanceLengths: [Int], to writer: inout DeflateBitWriter
    ) {
        let literalCount = max(257, (literalLengths.lastIndex { $0 > 0 } ?? 0) + 1)
        let distanceCount = max(1, (distanceLengths.lastIndex { $0 > 0 } ?? 0) + 1)
        let items = runLengthItems(Array(literalLengths[..<literalCount] + distanceLengths[..<distanceCount]))
        var frequencies = [Int](repeating: 0, count: 19)
        for item in items { frequencies[item.symbol] += 1 }
        let lengths = HuffmanCode.lengths(of: frequencies, limit: 7)
        let codes = HuffmanCode.codes(lengths: lengths)
        let orderedCount = max(4, (codeLengthOrder.lastIndex { lengths[$0] > 0 } ?? 0) + 1)
        writer.write(literalCount - 257, count: 5)
        writer.write(distanceCount - 1, count: 5)
        writer.write(orderedCount - 4, count: 4)
        for symbol in codeLengthOrder[..<orderedCount] { writer.write(lengths[symbol], count: 3) }
        for item in items {
            writer.write(codes[item.symbol])
            writer.write(item.extra, count: item.extraBits)
        }
    }

    /// `lengths` as code-length symbols with their extra bits.
    private static func runLengthItems(_ lengths: [Int]) -> [(symbol: Int, extra: Int, extraBits: Int)] {
        var items: [(symbol: Int, extra: Int, extraBits: Int)] = []
        var index = 0
        while index < lengths.count {
            let length = lengths[index]
            var run = 1
            while index + run < lengths.count, lengths[index + run] == length { run += 1 }
            if length == 0, run >= 3 {
                let repeats = min(run, 138)
                items.append(repeats >= 11 ? (18, repeats - 11, 7) : (17, repeats - 3, 3))
                index += repeats
            } else if length > 0, run >= 4 {
                items.append((length, 0, 0))
                let repeats = min(run - 1, 6)
                items.append((16, repeats - 3, 2))
                index += 1 + repeats
            } else {
                items.append((length, 0, 0))
                index += 1
            }
        }
        return items
    }

    // MARK: - Length and distance symbols (RFC 1951, 3.2.5)

    private static let lengthBases = [
        3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227,
        258,
    ]
    private static let lengthExtraBits = [
        0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0,
    ]

    /// The length symbol (minus 257) of each match length 0…258 (3…258 used).
    private static let lengthSymbols: [UInt8] = (0...258).map { length in
        UInt8(lengthBases.lastIndex { $0 <= max(3, length) }!)
    }

    /// The symbol of `distance` (1…32768): 0–3 for 1–4, then two symbols for each power of two.
    @inline(__always)
    private static func distanceSymbol(_ distance: Int) -> Int {
        let offset = distance &- 1
        guard offset >= 4 else { return offset }
        let highBit = Int.bitWidth &- 1 &- offset.leadingZeroBitCount
        return highBit &* 2 &+ (offset >> (highBit &- 1)) & 1
    }

    /// The extra bits after distance `symbol`: the bits of the offset below its top two.
    @inline(__always)
    private static func distanceExtraBits(_ symbol: Int) -> Int {
        symbol < 4 ? 0 : symbol / 2 &- 1
    }
}
