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
