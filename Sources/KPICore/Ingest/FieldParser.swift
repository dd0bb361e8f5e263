/// Parsers for the field types of the data contract, over the bytes the CSV reader hands out.
///
/// They allocate nothing unless the field is invalid; surrounding spaces are ignored.
package enum FieldParser {
    /// The field without surrounding spaces.
    @inline(__always)
    package static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        var start = 0
        var end = bytes.count
        while start < end, bytes[start] == 0x20 { start &+= 1 }
        while end > start, bytes[end &- 1] == 0x20 { end &-= 1 }
        return UnsafeBufferPointer(rebasing: bytes[start..<end])
    }

    /// The most characters of a field that a message echoes.
    package static let echoLimit = 80

    /// The field as text, for error messages: at most `echoLimit` characters, then "…" (a
    /// field may be megabytes long).
    package static func text(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        // A character is at most 4 bytes in the common case; a few more cover combining marks.
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes.prefix(echoLimit * 8)), as: UTF8.self)
        guard text.count > echoLimit || bytes.count > echoLimit * 8 else { return text }
        return String(text.prefix(echoLimit)) + "…"
    }

    /// A whole number of `digits` digits exactly, or `nil`.
    static func fixedDigits(_ bytes: UnsafeBufferPointer<UInt8>, _ digits: Int) -> Int? {
        guard bytes.count == digits else { return nil }
        var value = 0
        for byte in bytes {
            let digit = byte &- 0x30
            guard digit < 10 else { return nil }
            value = value &* 10 &+ Int(digit)
        }
        return value
    }

    /// A 2-digit province code that exists in `geography`.
    package static func provinceCode(_ field: UnsafeBufferPointer<UInt8>, in geography: Geography) throws(FieldError)
        -> Int
    {
        let bytes = trimmed(field)
        guard !bytes.isEmpty else { throw .empty }
        guard let code = fixedDigits(bytes, 2), geography.provinceIndex(code: code) != nil else {
            throw .unknownCode(text(bytes))
        }
        return code
    }

    /// A 4-digit district code that exists in `geography` and lies in `province`; returns the
    /// district's position in `geography.districts`.
    package static func districtIndex(_ field: UnsafeBufferPointer<UInt8>, province: Int, in geography: Geography)
        throws(FieldError) -> Int
    {
        let bytes = trimmed(field)
        guard !bytes.isEmpty else { throw .empty }
        guard let code = fixedDigits(bytes, 4), let index = geography.districtIndex(code: code) else {
            throw .unknownCode(text(bytes))
        }
        guard code / 100 == province else { throw .districtOutsideProvince(district: text(bytes), province: province) }
        return index
    }

    /// Baht with at most 2 decimals, never negative, as integer satang. Thousands separators are
    /// accepted in groups of three (`1,234.50`), as a quoted field may carry them.
    @inline(__always)
    package static func satang(_ field: UnsafeBufferPointer<UInt8>) throws(FieldError) -> Int64 {
        if let value = plainSatang(field) { return value }
        return try checkedSatang(field)
    }

    /// The common form of money, `1234`, `1234.5` or `1234.50` (1–15 whole digits, no spaces,
    /// sign or separators), read in one pass; `nil` for anything else.
    @inline(__always)
    static func plainSatang(_ field: UnsafeBufferPointer<UInt8>) -> Int64? {
        guard let base = field.baseAddress else { return nil }
        let count = field.count
        if count >= 8, let satang = wideSatang(base, count: count) { return satang }
        var whole: Int64 = 0
        var index = 0
        while index < count {
            let digit = base[index] &- 0x30
            if digit >= 10 { break }
            whole = whole &* 10 &+ Int64(digit)
            index &+= 1
        }
        guard index > 0, index <= 15 else { return nil }
        if index == count { return whole &* 100 }
        guard base[index] == UInt8(ascii: ".") else { return nil }
        let decimals = count &- index &- 1
        guard decimals == 1 || decimals == 2 else { return nil }
        let tenths = base[index &+ 1] &- 0x30
        let hundredths = decimals == 2 ? base[index &+ 2] &- 0x30 : 0
        guard tenths < 10, hundredths < 10 else { return nil }
        return whole &* 100 &+ Int64(tenths) &* 10 &+ Int64(hundredths)
    }

    /// `plainSatang` for the form `1234567.89` of 8 to 18 bytes (5 to 15 whole digits, 2
    /// decimals), its whole digits read 8 at a time from 64-bit loads within the field; `nil`
    /// for anything else, which the byte-by-byte reading then takes.
    @inline(__always)
    private static func wideSatang(_ base: UnsafePointer<UInt8>, count: Int) -> Int64? {
        let wholeDigits = count &- 3
        guard wholeDigits <= 15, base[wholeDigits] == UInt8(ascii: ".") else { return nil }
        let tenths = base[count &- 2] &- 0x30
        let hundredths = base[count &- 1] &- 0x30
        guard tenths < 10, hundredths < 10 else { return nil }
        // The first digits (all of them up to 8), then the last 8 of more.
        let leading = wholeDigits > 8 ? wholeDigits &- 8 : wholeDigits
        guard var whole = eightDigits(at: base, taking: leading) else { return nil }
        if wholeDigits > 8 {
            guard let last = eightDigits(at: base + leading, taking: 8) else { return nil }
            whole = whole &* 100_000_000 &+ last
        }
        return whole &* 100 &+ Int64(tenths) &* 10 &+ Int64(hundredths)
    }

    /// The number that the first `digits` (1 to 8) of the 8 bytes at `start` write, or `nil`
    /// when one of them is no digit. Byte `i` of a little-endian load is the `i`-th character:
    /// shifting the unwanted bytes out leaves zeros ahead of the digits, which then combine in
    /// pairs, fours and eights by multiplication.
    @inline(__always)
    private static func eightDigits(at start: UnsafePointer<UInt8>, taking digits: Int) -> Int64? {
        let bytes = UInt64(littleEndian: UnsafeRawPointer(start).loadUnaligned(as: UInt64.self))
        let unwanted = UInt64(8 &- digits) &* 8
        var values = (bytes &- 0x3030_3030_3030_3030) &<< unwanted
        // A byte below "0" wraps past 0x7F, one above "9" passes it when 0x76 is added.
        let wanted = UInt64.max &<< unwanted
        guard (values | (values &+ 0x7676_7676_7676_7676)) & 0x8080_8080_8080_8080 & wanted == 0 else {
            return nil
        }
        values = (values &* 10 &+ (values &>> 8)) & 0x00FF_00FF_00FF_00FF
        values = (values &* 100 &+ (values &>> 16)) & 0x0000_FFFF_0000_FFFF
        values = (values &* 10_000 &+ (values &>> 32)) & 0x0000_0000_FFFF_FFFF
        return Int64(values)
    }

    /// `satang` for every form the contract allows, with the reason when the field is wrong.
    private static func checkedSatang(_ field: UnsafeBufferPointer<UInt8>) throws(FieldError) -> Int64 {
        let bytes = trimmed(field)
        guard !bytes.isEmpty else { throw .empty }
        var whole: Int64 = 0
        var fraction: Int64 = 0
        var wholeDigits = 0
        var groupDigits = -1
        var fractionDigits = 0
        var index = 0
        if bytes[0] == UInt8(ascii: "-") { throw .negativeMoney(text(bytes)) }
        if bytes[0] == UInt8(ascii: "+") { index = 1 }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: ",") {
                // A separator needs 1–3 digits before the first one and exactly 3 between later ones.
                guard wholeDigits > 0, groupDigits == -1 ? wholeDigits <= 3 : groupDigits == 3 else {
                    throw .notANumber(text(bytes))
                }
                groupDigits = 0
            } else if byte == UInt8(ascii: ".") {
                break
            } else {
                let digit = byte &- 0x30
                guard digit < 10 else { throw .notANumber(text(bytes)) }
                if wholeDigits < 15 { whole = whole &* 10 &+ Int64(digit) }
                wholeDigits &+= 1
                if groupDigits >= 0 { groupDigits &+= 1 }
            }
            index &+= 1
        }
        guard wholeDigits > 0 || index < bytes.count, groupDigits == -1 || groupDigits == 3 else {
            throw .notANumber(text(bytes))
        }
        if index < bytes.count {  // at the decimal point
            index &+= 1
            while index < bytes.count {
                let digit = bytes[index] &- 0x30
                guard digit < 10 else { throw .notANumber(text(bytes)) }
                fractionDigits &+= 1
                guard fractionDigits <= 2 else { throw .tooManyDecimals(text(bytes)) }
                fraction = fraction &* 10 &+ Int64(digit)
                index &+= 1
            }
            guard wholeDigits > 0 || fractionDigits > 0 else { throw .notANumber(text(bytes)) }
        }
        guard wholeDigits <= 15 else { throw .tooLarge(text(bytes), "at most 15 digits before the decimal point") }
        if fractionDigits == 1 { fraction &*= 10 }
        return whole &* 100 &+ fraction
    }

    /// A required text field (an id) without surrounding spaces; an error when that is empty.
    @discardableResult @inline(__always)
    package static func requiredText(_ field: UnsafeBufferPointer<UInt8>) throws(FieldError) -> UnsafeBufferPointer<
        UInt8
    > {
        let text = trimmed(field)
        if text.isEmpty { throw .empty }
        return text
    }

    /// A whole number in `range`.
    package static func integer(_ field: UnsafeBufferPointer<UInt8>, in range: ClosedRange<Int64>) throws(FieldError)
        -> Int64
    {
        let bytes = trimmed(field)
        guard !bytes.isEmpty else { throw .empty }
        var value: Int64 = 0
        for byte in bytes {
            let digit = byte &- 0x30
            guard digit < 10 else { throw .notANumber(text(bytes)) }
            value = value &* 10 &+ Int64(digit)
        }
        guard bytes.count <= 18, range.contains(value) else {
            throw .outOfRange(text(bytes), "\(range.lowerBound) to \(range.upperBound)")
        }
        return value
    }

    /// A decimal number (`12`, `-3.5`, `0.125`), exactly, with at most 9 decimals.
    package static func decimal(_ field: UnsafeBufferPointer<UInt8>) throws(FieldError) -> Quantity {
        let bytes = trimmed(field)
        guard !bytes.isEmpty else { throw .empty }
        var units: Int64 = 0
        var scale = 0
        var digits = 0
        var negative = false
        var seenPoint = false
        for (index, byte) in bytes.enumerated() {
            if index == 0, byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+") {
                negative = byte == UInt8(ascii: "-")
            } else if byte == UInt8(ascii: "."), !seenPoint {
                seenPoint = true
            } else {
                let digit = byte &- 0x30
                guard digit < 10 else { throw .notANumber(text(bytes)) }
                if digits < 18 { units = units &* 10 &+ Int64(digit) }
                digits &+= 1
                if seenPoint { scale &+= 1 }
            }
        }
        guard digits > 0 else { throw .notANumber(text(bytes)) }
        guard digits <= 18 else { throw .tooLarge(text(bytes), "at most 18 digits") }
        guard scale <= 9 else { throw .rule("'\(text(bytes))' has more than 9 decimals") }
        return Quantity(units: Int128(negative ? -units : units), scale: scale)
    }

    /// `0` or `1`.
    package static func flag(_ field: UnsafeBufferPointer<UInt8>) throws(FieldError) -> Bool {
        let bytes = trimmed(field)
        guard !bytes.isEmpty else { throw .empty }
        guard bytes.count == 1, bytes[0] == 0x30 || bytes[0] == 0x31 else {
            throw .notAllowed(text(bytes), ["0", "1"])
        }
        return bytes[0] == 0x31
    }

    /// A date, ISO (C.E.) or D/M/YYYY (B.E.).
    package static func date(_ field: UnsafeBufferPointer<UInt8>) throws(FieldError) -> CivilDate {
        let bytes = trimmed(field)
        guard !bytes.isEmpty else { throw .empty }
        do { return try DateParser.date(bytes) } catch { throw .date(error) }
    }

    /// A month: `YYYY-MM` or a date in either form.
    package static func month(_ field: UnsafeBufferPointer<UInt8>) throws(FieldError) -> YearMonth {
        let bytes = trimmed(field)
        guard !bytes.isEmpty else { throw .empty }
        do { return try DateParser.month(bytes) } catch { throw .date(error) }
    }

    /// Whether the field is empty once spaces are trimmed.
    package static func isBlank(_ field: UnsafeBufferPointer<UInt8>) -> Bool { trimmed(field).isEmpty }

    /// The position of the field in `words` (each a list of accepted spellings), comparing
    /// ASCII case-insensitively and ignoring spaces and commas, so that "ผ้า, เครื่องแต่งกาย" and
    /// "ผ้า เครื่องแต่งกาย" are one word.
    package static func choice(_ field: UnsafeBufferPointer<UInt8>, of words: EnumerationWords) throws(FieldError)
        -> Int
    {
        let bytes = trimmed(field)
        guard !bytes.isEmpty else { throw .empty }
        if let index = words.index(of: bytes) { return index }
        throw .notAllowed(text(bytes), words.displayNames)
    }
}

/// The accepted spellings of an enumeration, normalised once for fast matching.
package struct EnumerationWords: Sendable {
    /// Each spelling as written, with the position of the value it stands for.
    private let exact: [(bytes: [UInt8], index: Int)]
    /// The spellings' digests (`PackedField(digestOf:)`), in a direct-mapped table where no two
    /// share an entry (`PackedField.bucket(bits: bucketBits)`; empty entries hold no field), with
    /// where each spelling's bytes are in `spellingBytes`: most fields match with one look-up and
    /// three compares, a spelling of more than 16 bytes (most Thai ones) with a comparison more.
    private let packed: [(field: PackedField, index: Int, bytes: Range<Int>)]
    private let spellingBytes: [UInt8]
    private let bucketBits: Int
    /// Each spelling normalised (see `normalised`), with the position of its value.
    private let loose: [(bytes: [UInt8], index: Int)]
    /// The spellings of each value, for error messages.
    package let displayNames: [String]

    /// `values[i]` lists the spellings of value `i`, the first one the canonical name.
    package init(_ values: [[String]]) {
        exact = values.enumerated().flatMap { index, names in names.map { (Array($0.utf8), index) } }
        loose = exact.map { (Self.normalised($0.bytes), $0.index) }
        var digests: [(field: PackedField, index: Int, bytes: Range<Int>)] = []
        var spellingBytes: [UInt8] = []
        for spelling in exact {
            let digest = spelling.bytes.withUnsafeBufferPointer(PackedField.init(digestOf:))
            digests.append((digest, spelling.index, spellingBytes.count..<(spellingBytes.count + spelling.bytes.count)))
            spellingBytes += spelling.bytes
        }
        // The fewest bits that give every spelling an entry of its own (at most 12).
        var bits = 1
        while bits < 12, Set(digests.map { $0.field.bucket(bits: bits) }).count < digests.count { bits += 1 }
        var table = [(field: PackedField, index: Int, bytes: Range<Int>)](
            repeating: (PackedField(), 0, 0..<0), count: 1 << bits)
        for spelling in digests where table[spelling.field.bucket(bits: bits)].field == PackedField() {
            table[spelling.field.bucket(bits: bits)] = spelling
        }
        (packed, self.spellingBytes, bucketBits) = (table, spellingBytes, bits)
        displayNames = values.flatMap { $0 }
    }

    /// The value `bytes` spells, or `nil`. Exact spellings are matched without allocating.
    @inline(__always)
    func index(of bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let field = PackedField(digestOf: bytes)
        let entry = packed[field.bucket(bits: bucketBits)]
        if entry.field == field,
            bytes.count <= 16
                || spellingBytes.withUnsafeBufferPointer({
                    ByteSearch.equal(UnsafeBufferPointer(rebasing: $0[entry.bytes]), bytes)
                })
        {
            return entry.index
        }
        return slowIndex(of: bytes)
    }

    /// `index` for a field that is no short spelling as written.
    @inline(never)
    private func slowIndex(of bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        for spelling in exact where spelling.bytes.count == bytes.count {
            if spelling.bytes.withUnsafeBufferPointer({ ByteSearch.equal($0, bytes) }) { return spelling.index }
        }
        let key = Self.normalised(Array(bytes))
        return loose.first { $0.bytes == key }?.index
    }

    /// Lowercased ASCII, without spaces and commas.
    private static func normalised(_ bytes: [UInt8]) -> [UInt8] {
        bytes.compactMap { byte in
            if byte == 0x20 || byte == UInt8(ascii: ",") { return nil }
            return (0x41...0x5A).contains(byte) ? byte | 0x20 : byte
        }
    }
}
