@testable import KPICore

/// `units` as UTF-16 bytes in `byteOrder`.
func utf16Bytes(_ units: [UInt16], _ byteOrder: UTF16Transcoder.ByteOrder) -> [UInt8] {
    units.flatMap { unit -> [UInt8] in
        let (high, low) = (UInt8(unit >> 8), UInt8(unit & 0xFF))
        return byteOrder == .littleEndian ? [low, high] : [high, low]
    }
}

/// `text` in UTF-16 with a byte-order mark, as Excel saves "Unicode text".
func utf16(_ text: String, _ byteOrder: UTF16Transcoder.ByteOrder) -> [UInt8] {
    utf16Bytes([0xFEFF] + Array(text.utf16), byteOrder)
}
