/// An input in UTF-8 saved again as UTF-16 (little-endian, with a byte-order mark), as Excel's
/// "Unicode text" saves it, under the same name in a folder of its own.
struct UTF16Copy {
    let file: FuzzInputFile

    /// The copy of `bytes`, or `nil` when they are not text the two encodings say alike: bytes
    /// that are not UTF-8, a byte-order mark of their own, or NUL characters (which the reader
    /// takes for UTF-16 without a mark).
    init?(_ bytes: UnsafeRawBufferPointer) {
        guard !bytes.contains(0), !bytes.starts(with: [0xEF, 0xBB, 0xBF]),
            let text = String(validating: bytes, as: UTF8.self)
        else { return nil }
        var utf16: [UInt8] = [0xFF, 0xFE]
        for unit in text.utf16 { utf16 += [UInt8(truncatingIfNeeded: unit), UInt8(truncatingIfNeeded: unit >> 8)] }
        guard let file = utf16.withUnsafeBytes({ try? FuzzInputFile($0, name: FuzzTarget.csvReader.inputName) }) else {
            return nil
        }
        self.file = file
    }
}
