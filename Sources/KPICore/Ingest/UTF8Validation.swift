/// Cheap checks of a record's bytes: most records are ASCII, so they are only tested for a high
/// bit (8 bytes at a time), and only the rest are validated as UTF-8.
enum UTF8Validation {
    /// True when any of the `count` bytes at `start` has its high bit set.
    static func containsNonASCII(_ start: UnsafePointer<UInt8>, count: Int) -> Bool {
        let raw = UnsafeRawPointer(start)
        var index = 0
        var high: UInt64 = 0
        while index &+ 8 <= count {
            high |= raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            index &+= 8
        }
        while index < count {
            high |= UInt64(start[index])
            index &+= 1
        }
        return high & 0x8080_8080_8080_8080 != 0
    }

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
            let length: Int, low: UInt8, high: UInt8
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
