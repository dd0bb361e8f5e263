extension DateParser {
    /// The date part of `bytes` when they end in a time of day (`HH:MM`, `HH:MM:SS` or
    /// `HH:MM:SS.fff…`, after a space or a `T`) that is zero; `nil` when they hold no `:`.
    /// Throws when the time is not zero, or not a time.
    static func withoutZeroTime(_ bytes: UnsafeBufferPointer<UInt8>) throws(DateParseError) -> UnsafeBufferPointer<
        UInt8
    >? {
        guard let colon = bytes.firstIndex(of: UInt8(ascii: ":")) else { return nil }
        guard let cut = bytes[..<colon].lastIndex(where: { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "T") }) else {
            throw .malformed(text(bytes))
        }
        let time = UnsafeBufferPointer(rebasing: bytes[(cut + 1)...])
        guard isTime(time) else { throw .malformed(text(bytes)) }
        guard time.allSatisfy({ $0 == UInt8(ascii: "0") || $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: ".") }) else {
            throw .timeOfDay(text(bytes))
        }
        var end = cut
        while end > 0, bytes[end - 1] == UInt8(ascii: " ") { end -= 1 }
        return UnsafeBufferPointer(rebasing: bytes[..<end])
    }

    /// Whether `bytes` are `HH:MM`, `HH:MM:SS` or `HH:MM:SS` and a fraction, in range.
    private static func isTime(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count == 5 || bytes.count >= 8, bytes[2] == UInt8(ascii: ":"),
            let hours = number(bytes, 0, 2), hours < 24, let minutes = number(bytes, 3, 5), minutes < 60
        else { return false }
        guard bytes.count > 5 else { return true }
        guard bytes[5] == UInt8(ascii: ":"), let seconds = number(bytes, 6, 8), seconds < 60 else { return false }
        guard bytes.count > 8 else { return true }
        return bytes.count > 9 && bytes[8] == UInt8(ascii: ".") && number(bytes, 9, bytes.count) != nil
    }
}
