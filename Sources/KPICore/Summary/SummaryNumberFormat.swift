import Foundation

/// How the numbers of a summary are written for machines (CSV, JSON) and, underneath the
/// thousands separators, for people: plain decimals, never an exponent, exact where the number
/// is exact.
enum SummaryNumberFormat {
    /// Significant digits of a fraction (a ratio's value, a percent change): more than the 6 the
    /// contract asks for, few enough to hide binary rounding (0.1 + 0.2 is written `0.3`).
    static let significantDigits = 10

    /// The `value` column: a ratio as a fraction, a sum or count as its numerator, exactly.
    static func value(of row: SummaryRow, ratio: Bool) -> String? {
        guard let value = row.value else { return nil }
        if !ratio, let numerator = row.numerator { return numerator.description }
        return fraction(value)
    }

    /// A difference of two values (`change`, `yoy_change`), at the value's precision: for a sum,
    /// the exact difference at the numerator's scale; for a ratio, a fraction.
    static func difference(_ difference: Double?, of row: SummaryRow, ratio: Bool) -> String? {
        guard let difference else { return nil }
        if !ratio, let numerator = row.numerator { return fixed(difference, scale: numerator.scale) }
        return fraction(difference)
    }

    /// `number` with `significantDigits` significant digits, trailing zeros trimmed:
    /// `0.0734125`, `1`, `-0.25`, `12345.6789`.
    static func fraction(_ number: Double) -> String {
        precondition(number.isFinite, "summary numbers are finite")
        guard number != 0 else { return "0" }
        let magnitude = Int(log10(abs(number)).rounded(.down))
        var bytes = fixedBytes(number, scale: max(0, significantDigits - 1 - magnitude))
        if bytes.contains(UInt8(ascii: ".")) {
            while bytes.last == UInt8(ascii: "0") { bytes.removeLast() }
            if bytes.last == UInt8(ascii: ".") { bytes.removeLast() }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `number` rounded to `scale` digits after the point: `fixed(-0.5, scale: 2)` is `-0.50`;
    /// never `-0`.
    static func fixed(_ number: Double, scale: Int) -> String {
        String(decoding: fixedBytes(number, scale: scale), as: UTF8.self)
    }

    /// `fixed` as UTF-8 bytes, written digit by digit from whole units: `String(format:)` and
    /// `Character`-wise editing cost microseconds a number and dominated whole summaries.
    private static func fixedBytes(_ number: Double, scale: Int) -> [UInt8] {
        precondition(number.isFinite, "summary numbers are finite")
        var factor = 1.0
        for _ in 0..<scale { factor *= 10 }
        let scaled = (abs(number) * factor).rounded()
        guard scaled < 1e18 else { return Array(String(format: "%.\(scale)f", number).utf8) }
        var units = UInt64(scaled)
        // Digits from the last, with the point `scale` digits in, and at least one before it.
        var reversed: [UInt8] = []
        reversed.reserveCapacity(24)
        var written = 0
        while units > 0 || written <= scale {
            if written == scale, scale > 0 { reversed.append(UInt8(ascii: ".")) }
            reversed.append(UInt8(ascii: "0") &+ UInt8(units % 10))
            units /= 10
            written &+= 1
        }
        if number < 0, scaled != 0 { reversed.append(UInt8(ascii: "-")) }
        return reversed.reversed()
    }
}
