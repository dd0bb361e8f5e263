/// UTF-16 text (Excel's "Unicode text") turned into UTF-8, streaming, into an unnamed temporary
/// file that the CSV reader then reads like any UTF-8 file.
///
/// Line feeds stay line feeds, so every record keeps its line. A surrogate without its partner
/// (or an odd last byte) becomes the byte 0xFF, which never occurs in UTF-8: the record's UTF-8
/// check finds it and names the field, with `unpairedSurrogateReason`.
enum UTF16Transcoder {
    /// The order of the two bytes of a code unit, as the byte-order mark tells.
    enum ByteOrder: Equatable {
        case littleEndian
        case bigEndian

        /// The order's name in messages.
        var name: String { self == .littleEndian ? "little-endian" : "big-endian" }
    }

    /// Why a record of a UTF-16 file is invalid.
    static let unpairedSurrogateReason =
        "broken UTF-16: a surrogate without its partner (the file's text is damaged here)"

    /// File bytes read at a time.
    private static let blockSize = 1 << 20
    /// The byte that stands for a broken code unit.
    private static let invalidMarker: UInt8 = 0xFF

    /// The bytes of `file` after its byte-order mark (`start` bytes), in UTF-8, in a temporary
    /// file that goes when the returned file is released. Throws (line 0) when the temporary file
    /// cannot be written.
    static func transcode(_ file: InputFile, from start: Int, byteOrder: ByteOrder) throws(RowError) -> InputFile {
        guard let spill = SpillFile() else {
            throw RowError(
                file: file.displayName, line: 0,
                reason: "cannot make the UTF-8 copy of this UTF-16 file: \(SpillFile.unusableReason())")
        }
        let input = UnsafeMutablePointer<UInt8>.allocate(capacity: blockSize)
        // Each 2-byte unit gives at most 3 UTF-8 bytes; a pair held over from the block before
        // adds at most 4 more.
        let output = UnsafeMutablePointer<UInt8>.allocate(capacity: blockSize / 2 &* 3 &+ 8)
        defer {
            input.deallocate()
            output.deallocate()
        }
        var decoder = Decoder(byteOrder: byteOrder)
        var offset = start
        while offset < file.byteCount {
            let count = min(blockSize, file.byteCount &- offset)
            try file.read(into: input, count: count, at: offset)
            let written = decoder.decode(input, count: count, into: output)
            guard spill.append(output, count: written) != nil else { throw spillError(file) }
            offset &+= count
        }
        let written = decoder.finish(into: output)
        guard spill.append(output, count: written) != nil else { throw spillError(file) }
        return try InputFile(sharing: spill, displayName: file.displayName)
    }

    /// Throws on line 1 when `sample`, the first bytes of a file without a byte-order mark, looks
    /// like UTF-16 (a zero byte in at least a quarter of its even or odd places, as ASCII text
    /// in UTF-16 has in every other byte).
    static func rejectUnmarked(_ sample: UnsafeBufferPointer<UInt8>, file: String) throws(RowError) {
        var zeros = (even: 0, odd: 0)
        for (index, byte) in sample.enumerated() where byte == 0 {
            if index % 2 == 0 { zeros.even &+= 1 } else { zeros.odd &+= 1 }
        }
        let pairs = sample.count / 2
        guard pairs > 0 else { return }
        let order: ByteOrder
        if zeros.odd * 4 >= pairs, zeros.odd >= zeros.even {
            order = .littleEndian
        } else if zeros.even * 4 >= pairs {
            order = .bigEndian
        } else {
            return
        }
        throw RowError(
            file: file, line: 1,
            reason:
                "the file looks like UTF-16 (\(order.name)) without a byte-order mark: save it as UTF-8, or as Unicode text with a byte-order mark"
        )
    }

    private static func spillError(_ file: InputFile) -> RowError {
        RowError(
            file: file.displayName, line: 0,
            reason: "cannot write the UTF-8 copy of this UTF-16 file (in TMPDIR): the disk may be full")
    }

    /// UTF-16 code units to UTF-8, across blocks.
    struct Decoder {
        let byteOrder: ByteOrder
        /// A byte left over from the block before (blocks may split a unit), and a high surrogate
        /// waiting for its partner.
        var pendingByte: UInt8?
        var pendingHigh: UInt32?

        init(byteOrder: ByteOrder) { self.byteOrder = byteOrder }

        /// Decodes `count` bytes into `output` and returns how many it wrote.
        mutating func decode(_ input: UnsafePointer<UInt8>, count: Int, into output: UnsafeMutablePointer<UInt8>) -> Int
        {
            var written = 0
            var index = 0
            if let first = pendingByte, count > 0 {
                unit(pair(first, input[0]), output, &written)
                pendingByte = nil
                index = 1
            }
            while index &+ 1 < count {
                unit(pair(input[index], input[index &+ 1]), output, &written)
                index &+= 2
            }
            if index < count { pendingByte = input[index] }
            return written
        }

        /// Ends the text: a unit still waiting is broken. Returns the bytes written.
        mutating func finish(into output: UnsafeMutablePointer<UInt8>) -> Int {
            var written = 0
            if pendingHigh != nil || pendingByte != nil {
                output[0] = invalidMarker
                written = 1
            }
            return written
        }

        private func pair(_ first: UInt8, _ second: UInt8) -> UInt32 {
            byteOrder == .littleEndian ? UInt32(first) | UInt32(second) << 8 : UInt32(first) << 8 | UInt32(second)
        }

        /// Writes the UTF-8 of one code unit (with the high surrogate before it, if any).
        @inline(__always)
        private mutating func unit(_ unit: UInt32, _ output: UnsafeMutablePointer<UInt8>, _ written: inout Int) {
            if unit < 0x80, pendingHigh == nil {
                output[written] = UInt8(truncatingIfNeeded: unit)
                written &+= 1
                return
            }
            switch unit {
            case 0xD800...0xDBFF:
                if pendingHigh != nil { put(nil, output, &written) }
                pendingHigh = unit
            case 0xDC00...0xDFFF:
                if let high = pendingHigh {
                    put(0x10000 &+ ((high &- 0xD800) << 10) &+ (unit &- 0xDC00), output, &written)
                    pendingHigh = nil
                } else {
                    put(nil, output, &written)
                }
            default:
                if pendingHigh != nil {
                    put(nil, output, &written)
                    pendingHigh = nil
                }
                put(unit, output, &written)
            }
        }

        /// Writes the UTF-8 of `scalar`, or the marker for `nil`.
        @inline(__always)
        private func put(_ scalar: UInt32?, _ output: UnsafeMutablePointer<UInt8>, _ written: inout Int) {
            guard let scalar else {
                output[written] = invalidMarker
                written &+= 1
                return
            }
            switch scalar {
            case ..<0x80:
                output[written] = UInt8(scalar)
                written &+= 1
            case ..<0x800:
                output[written] = UInt8(0xC0 | scalar >> 6)
                output[written &+ 1] = UInt8(0x80 | scalar & 0x3F)
                written &+= 2
            case ..<0x10000:
                output[written] = UInt8(0xE0 | scalar >> 12)
                output[written &+ 1] = UInt8(0x80 | scalar >> 6 & 0x3F)
                output[written &+ 2] = UInt8(0x80 | scalar & 0x3F)
                written &+= 3
            default:
                output[written] = UInt8(0xF0 | scalar >> 18)
                output[written &+ 1] = UInt8(0x80 | scalar >> 12 & 0x3F)
                output[written &+ 2] = UInt8(0x80 | scalar >> 6 & 0x3F)
                output[written &+ 3] = UInt8(0x80 | scalar & 0x3F)
                written &+= 4
            }
        }
    }
}
