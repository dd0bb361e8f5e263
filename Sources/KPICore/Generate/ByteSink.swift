/// Something that CSV bytes are appended to: the file writer on the hot path, or a byte array
/// for text that is made once and copied into many rows (a snapshot's date and area codes).
///
/// The field formats of the data contract are written here once, as bytes, without `String`
/// or Foundation formatting, so both kinds of sink produce exactly the same text.
protocol ByteSink: ~Copyable {
    mutating func append(_ byte: UInt8)
}

extension Array: ByteSink where Element == UInt8 {}

extension ByteSink where Self: ~Copyable {
    /// Appends ASCII or UTF-8 text given as a literal.
    mutating func append(_ text: StaticString) {
        let start = text.utf8Start
        for offset in 0..<text.utf8CodeUnitCount { append(start[offset]) }
    }

    /// Appends every byte of `bytes`.
    mutating func append(contentsOf bytes: [UInt8]) {
        for byte in bytes { append(byte) }
    }

    /// Appends a whole number ≥ 0 in decimal, padded with leading zeros to `minimumDigits`
    /// (at most 20), with a comma between groups of three digits when `grouped`.
    mutating func appendDecimal(_ value: Int, minimumDigits: Int = 1, grouped: Bool = false) {
        precondition(value >= 0 && minimumDigits <= 20, "a whole number ≥ 0 with at most 20 digits")
        // Digits are made from the right into a 32-byte scratch on the stack.
        var scratch: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        withUnsafeMutableBytes(of: &scratch) { digits in
            var position = digits.count
            var rest = value
            var written = 0
            repeat {
                if grouped, written > 0, written % 3 == 0 {
                    position &-= 1
                    digits[position] = UInt8(ascii: ",")
                }
                position &-= 1
                digits[position] = UInt8(truncatingIfNeeded: rest % 10) &+ UInt8(ascii: "0")
                rest /= 10
                written &+= 1
            } while rest > 0 || written < minimumDigits
            for index in position..<digits.count { append(digits[index]) }
        }
    }

    /// Appends baht given in satang with exactly 2 decimals (`12500.00`); when `grouped`, with
    /// thousands separators and in quotes, as spreadsheets export it (`"12,500.00"`).
    mutating func appendMoney(satang: Int64, grouped: Bool = false) {
        precondition(satang >= 0, "money is never negative")
        let baht = Int(satang / 100)
        let fraction = Int(satang % 100)
        let quoted = grouped && baht >= 1000
        if quoted { append(UInt8(ascii: "\"")) }
        appendDecimal(baht, grouped: quoted)
        append(UInt8(ascii: "."))
        appendDecimal(fraction, minimumDigits: 2)
        if quoted { append(UInt8(ascii: "\"")) }
    }

    /// Appends a date as ISO `YYYY-MM-DD`, or when `thai` as `D/M/YYYY` with the Buddhist Era
    /// year (`30/6/2567`).
    mutating func appendDate(_ date: CivilDate, thai: Bool = false) {
        if thai {
            appendDecimal(date.day)
            append(UInt8(ascii: "/"))
            appendDecimal(date.month)
            append(UInt8(ascii: "/"))
            appendDecimal(date.year + buddhistEraOffset)
        } else {
            appendDecimal(date.year, minimumDigits: 4)
            append(UInt8(ascii: "-"))
            appendDecimal(date.month, minimumDigits: 2)
            append(UInt8(ascii: "-"))
            appendDecimal(date.day, minimumDigits: 2)
        }
    }

    /// Appends a month as `YYYY-MM`.
    mutating func appendMonth(_ month: YearMonth) {
        appendDecimal(month.year, minimumDigits: 4)
        append(UInt8(ascii: "-"))
        appendDecimal(month.month, minimumDigits: 2)
    }
}
