/// The byte-order mark a text file may start with, which tells its encoding.
enum ByteOrderMark: Equatable {
    case utf8
    case utf16(UTF16Transcoder.ByteOrder)

    /// The mark's length in bytes.
    var length: Int {
        switch self {
        case .utf8: return 3
        case .utf16: return 2
        }
    }

    /// The mark at the start of `file`, or `nil` when it has none.
    static func of(_ file: InputFile) throws(RowError) -> ByteOrderMark? {
        var start: (UInt8, UInt8, UInt8) = (0, 0, 0)
        let count = min(3, file.byteCount)
        try withUnsafeMutableBytes(of: &start) { (start) throws(RowError) in
            try file.read(into: start.baseAddress!, count: count, at: 0)
        }
        if count == 3, start == (0xEF, 0xBB, 0xBF) { return .utf8 }
        if count >= 2, (start.0, start.1) == (0xFF, 0xFE) { return .utf16(.littleEndian) }
        if count >= 2, (start.0, start.1) == (0xFE, 0xFF) { return .utf16(.bigEndian) }
        return nil
    }
}
