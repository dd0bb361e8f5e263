/// Remembers the last date field parsed: snapshot files repeat one date for thousands of rows in
/// a row, so most rows compare 16 bytes instead of parsing.
struct DateFieldCache {
    private var low: UInt64 = 0, high: UInt64 = 0, length = -1
    private var value = CivilDate(dayNumber: 0)

    /// The date in `field` (ISO or Thai B.E.), from the cache when the bytes repeat.
    @inline(__always)
    mutating func date(_ field: UnsafeBufferPointer<UInt8>) throws(FieldError) -> CivilDate {
        guard field.count <= 16 else { return try FieldParser.date(field) }
        var low: UInt64 = 0, high: UInt64 = 0
        for (index, byte) in field.enumerated() {
            if index < 8 { low |= UInt64(byte) << (8 * UInt64(index)) } else { high |= UInt64(byte) << (8 * UInt64(index - 8)) }
        }
        if field.count == length, low == self.low, high == self.high { return value }
        let date = try FieldParser.date(field)
        (self.low, self.high, length, value) = (low, high, field.count, date)
        return date
    }
}
