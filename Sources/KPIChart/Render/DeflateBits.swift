/// A Huffman code or a field of extra bits, as deflate writes it: the first bit in the lowest place.
struct DeflateCode: Equatable {
    var bits: UInt64
    var count: Int

    /// `code`'s low `count` bits in reverse order: Huffman codes are written from their highest bit.
    static func reversing(_ code: Int, count: Int) -> DeflateCode {
        var result: UInt64 = 0
        for bit in 0..<count where code & (1 << (count - 1 - bit)) != 0 { result |= 1 << UInt64(bit) }
        return DeflateCode(bits: result, count: count)
    }
}

/// Collects deflate's bit stream (RFC 1951, 3.1.1) into bytes.
struct DeflateBitWriter {
    /// The whole bytes so far.
    private(set) var output: [UInt8] = []
    private var bits: UInt64 = 0
    private var bitCount = 0

    init() {
        output.reserveCapacity(1 << 16)
    }

    /// Appends `code` (at most 32 bits).
    @inline(__always)
    mutating func write(_ code: DeflateCode) {
        bits |= code.bits << UInt64(bitCount)
        bitCount &+= code.count
        if bitCount >= 32 {
            let word = UInt32(truncatingIfNeeded: bits)
            output.append(UInt8(truncatingIfNeeded: word))
            output.append(UInt8(truncatingIfNeeded: word >> 8))
            output.append(UInt8(truncatingIfNeeded: word >> 16))
            output.append(UInt8(truncatingIfNeeded: word >> 24))
            bits >>= 32
            bitCount &-= 32
        }
    }

    /// `value` in `count` bits, lowest first (extra bits and header fields).
    @inline(__always)
    mutating func write(_ value: Int, count: Int) {
        write(DeflateCode(bits: UInt64(value), count: count))
    }

    /// Runs `body` with a sink that writes on from here into memory for `maxBytes` more bytes,
    /// which `body` must not pass: 4 bytes for every 32 bits written.
    mutating func withSink(maxBytes: Int, _ body: (inout DeflateBitSink) -> Void) {
        let start = output.count
        output.append(contentsOf: repeatElement(0, count: maxBytes + 4))
        let end = output.withUnsafeMutableBytes { bytes in
            var sink = DeflateBitSink(base: bytes.baseAddress!, position: start, bits: bits, bitCount: bitCount)
            body(&sink)
            precondition(sink.position <= start + maxBytes, "a deflate sink wrote past its reserve")
            bits = sink.bits
            bitCount = sink.bitCount
            return sink.position
        }
        output.removeSubrange(end...)
    }

    /// Pads with zero bits to a whole byte and moves every bit to `output`.
    mutating func alignToByte() {
        if bitCount % 8 != 0 { write(0, count: 8 &- bitCount % 8) }
        while bitCount > 0 {
            output.append(UInt8(truncatingIfNeeded: bits))
            bits >>= 8
            bitCount &-= 8
        }
    }

    /// Appends whole bytes; only after `alignToByte()`.
    mutating func append(_ bytes: [UInt8]) {
        output += bytes
    }
}

/// Writes deflate's bits straight into memory reserved for them (see
/// `DeflateBitWriter.withSink`): a block's tokens without a bounds or uniqueness check each.
struct DeflateBitSink {
    fileprivate let base: UnsafeMutableRawPointer
    fileprivate var position: Int
    fileprivate var bits: UInt64
    fileprivate var bitCount: Int

    /// Appends `code` (at most 32 bits).
    @inline(__always)
    mutating func write(_ code: DeflateCode) {
        bits |= code.bits << UInt64(bitCount)
        bitCount &+= code.count
        if bitCount >= 32 {
            base.storeBytes(of: UInt32(truncatingIfNeeded: bits).littleEndian, toByteOffset: position, as: UInt32.self)
            position &+= 4
            bits >>= 32
            bitCount &-= 32
        }
    }

    /// `value` in `count` bits, lowest first (extra bits).
    @inline(__always)
    mutating func write(_ value: Int, count: Int) {
        write(DeflateCode(bits: UInt64(value), count: count))
    }
}
