/// TIS-620 / Windows-874 to UTF-8, one byte at a time.
///
/// A byte that is no character in either code page becomes the pair `0xFF, byte`: 0xFF never
/// occurs in UTF-8, so the record's UTF-8 check finds it, and the byte after it names the culprit.
enum TIS620 {
    /// The marker put before a byte that is not a TIS-620 / Windows-874 character.
    static let invalidMarker: UInt8 = 0xFF

    /// Most UTF-8 bytes one input byte can become.
    static let maxExpansion = 3

    /// UTF-8 of each byte, packed as `length << 24 | byte0 << 16 | byte1 << 8 | byte2`.
    private static let table: [UInt32] = (0...255).map { (byte: Int) -> UInt32 in
        let utf8: [UInt8]
        if let scalar = scalar(of: UInt8(byte)) {
            utf8 = Array(String(Character(scalar)).utf8)
        } else {
            utf8 = [invalidMarker, UInt8(byte)]
        }
        var packed = UInt32(utf8.count) << 24
        for (index, unit) in utf8.enumerated() { packed |= UInt32(unit) << (16 - 8 * index) }
        return packed
    }

    /// The character a byte stands for, or `nil` when it is none.
    static func scalar(of byte: UInt8) -> Unicode.Scalar? {
        switch byte {
        case 0x00...0x7F: return Unicode.Scalar(byte)
        case 0xA1...0xDA, 0xDF...0xFB: return Unicode.Scalar(0x0E00 + UInt32(byte) - 0xA0)
        case 0x80: return "\u{20AC}"  // €
        case 0x85: return "\u{2026}"  // …
        case 0x91: return "\u{2018}"  // ‘
        case 0x92: return "\u{2019}"  // ’
        case 0x93: return "\u{201C}"  // “
        case 0x94: return "\u{201D}"  // ”
        case 0x95: return "\u{2022}"  // •
        case 0x96: return "\u{2013}"  // –
        case 0x97: return "\u{2014}"  // —
        case 0xA0: return "\u{00A0}"  // no-break space
        default: return nil
        }
    }

    /// Converts `count` bytes at `source` into `target`, which must have room for
    /// `count * maxExpansion` bytes; returns the number of bytes written.
    static func convert(_ source: UnsafePointer<UInt8>, count: Int, into target: UnsafeMutablePointer<UInt8>) -> Int {
        table.withUnsafeBufferPointer { table in
            var written = 0
            for index in 0..<count {
                let byte = source[index]
                if byte < 0x80 {
                    target[written] = byte
                    written &+= 1
                    continue
                }
                let packed = table[Int(byte)]
                target[written] = UInt8(truncatingIfNeeded: packed >> 16)
                target[written &+ 1] = UInt8(truncatingIfNeeded: packed >> 8)
                target[written &+ 2] = UInt8(truncatingIfNeeded: packed)
                written &+= Int(packed >> 24)
            }
            return written
        }
    }

    /// Why a record holding the marker is invalid, given the byte that follows the marker.
    static func invalidByteReason(_ byte: UInt8) -> String {
        let hex = String(byte, radix: 16, uppercase: true)
        return "byte 0x\(hex.count == 1 ? "0" + hex : hex) is not a TIS-620 / Windows-874 character"
    }
}
