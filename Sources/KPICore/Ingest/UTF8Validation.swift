/// UTF-8 validation of a field. Cheap in practice: the parser calls it only for records in which
/// a byte has the high bit set (`CSVEventScanner.sawNonASCII`), and most records are ASCII.
enum UTF8Validation {
    /// Offset of the first byte that does not belong to a well-formed UTF-8 sequence (no overlong
    /// forms, no surrogates, nothing above U+10FFFF), or `nil` when all `count` bytes are valid.
    static func firstInvalidByte(_ start: UnsafePointer<UInt8>, count: Int) -> Int? {
        var index = 0
        while index < count {
            let lead = start[index]
            if lead < 0x80 {
                index &+= 1
                continue
            }
            // The sequence length and the allowed range of the second byte, by lead byte.
            let length: Int
            let low: UInt8
            let high: UInt8
            switch lead {
            case 0xC2...0xDF: (length, low, high) = (2, 0x80, 0xBF)
            case 0xE0: (length, low, high) = (3, 0xA0, 0xBF)
            case 0xE1...0xEC, 0xEE...0xEF: (length, low, high) = (3, 0x80, 0xBF)
            case 0xED: (length, low, high) = (3, 0x80, 0x9F)
            case 0xF0: (length, low, high) = (4, 0x90, 0xBF)
            case 0xF1...0xF3: (length, low, high) = (4, 0x80, 0xBF)
            case 0xF4: (length, low, high) = (4, 0x80, 0x8F)
            default: return index
            }
            guard index &+ length <= count else { return index }
            let second = start[index &+ 1]
            guard second >= low, second <= high else { return index }
            for continuation in 2..<length where start[index &+ continuation] & 0xC0 != 0x80 {
                return index
            }
            index &+= length
        }
        return nil
    }
}
