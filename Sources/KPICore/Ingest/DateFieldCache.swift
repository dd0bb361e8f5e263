/// A parsed date with the numbers the totals are keyed by, worked out once.
struct KeyedDate {
    let date: CivilDate
    /// `date.dayNumber`.
    let dayNumber: Int

    init(_ date: CivilDate) {
        self.date = date
        dayNumber = date.dayNumber
    }
}

/// Remembers the last date field parsed: snapshot files repeat one date for thousands of rows in
/// a row, so most rows compare 16 bytes instead of parsing and converting.
struct DateFieldCache {
    private var last = PackedField()
    private var value = KeyedDate(CivilDate(dayNumber: 0))

    /// The date in `field` (ISO or Thai B.E.), from the cache when the bytes repeat.
    @inline(__always)
    mutating func date(_ field: UnsafeBufferPointer<UInt8>) throws(FieldError) -> KeyedDate {
        guard let packed = PackedField(field) else { return KeyedDate(try FieldParser.date(field)) }
        if packed == last { return value }
        let date = KeyedDate(try FieldParser.date(field))
        (last, value) = (packed, date)
        return date
    }
}
