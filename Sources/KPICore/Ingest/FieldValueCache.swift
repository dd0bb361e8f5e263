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

/// Remembers the values of the fields parsed, in a direct-mapped table of `1 << bits` entries
/// indexed by the field's packed bytes: a column of dates, months or survey years holds few
/// distinct values (24 snapshot days, a few hundred survey days), so nearly every row compares 16
/// bytes instead of parsing and converting, in any order of rows. A longer field (a date with a
/// zero time, `2024-10-31 00:00:00`) is remembered apart, the last one only, and compared byte by
/// byte. Only valid fields are remembered: an invalid one is parsed again, and its error thrown.
struct FieldValueCache<Value> {
    private struct Entry {
        var field = PackedField()
        var value: Value
    }

    private let bits: Int
    private var entries: [Entry]
    private var lastLong: [UInt8] = []
    private var longValue: Value

    /// An empty cache of `1 << bits` entries; `placeholder` fills the empty ones (never returned).
    init(bits: Int, placeholder: Value) {
        self.bits = bits
        entries = Array(repeating: Entry(value: placeholder), count: 1 << bits)
        longValue = placeholder
    }

    /// The value of `field`, from the cache when the same bytes were parsed before.
    @inline(__always)
    mutating func value(
        _ field: UnsafeBufferPointer<UInt8>, parse: (UnsafeBufferPointer<UInt8>) throws(FieldError) -> Value
    ) throws(FieldError) -> Value {
        guard let packed = PackedField(field) else { return try longValue(field, parse: parse) }
        let slot = packed.bucket(bits: bits)
        if entries[slot].field == packed { return entries[slot].value }
        let value = try parse(field)
        entries[slot] = Entry(field: packed, value: value)
        return value
    }

    /// `value` for a field of more than 16 bytes.
    @inline(never)
    private mutating func longValue(
        _ field: UnsafeBufferPointer<UInt8>, parse: (UnsafeBufferPointer<UInt8>) throws(FieldError) -> Value
    ) throws(FieldError) -> Value {
        if lastLong.elementsEqual(field) { return longValue }
        let value = try parse(field)
        (lastLong, longValue) = (Array(field), value)
        return value
    }
}

/// Dates of any form `DateParser` reads, with their day numbers.
typealias DateFieldCache = FieldValueCache<KeyedDate>

extension FieldValueCache<KeyedDate> {
    /// A cache of 1,024 dates: a survey's few hundred days, each in either form, fit.
    init() { self.init(bits: 10, placeholder: KeyedDate(CivilDate(dayNumber: 0))) }

    /// The date in `field`.
    @inline(__always)
    mutating func date(_ field: UnsafeBufferPointer<UInt8>) throws(FieldError) -> KeyedDate {
        try value(field) { bytes throws(FieldError) in KeyedDate(try FieldParser.date(bytes)) }
    }
}
