import Foundation

/// How the numbers of a summary are written for machines (CSV, JSON) and, underneath the
/// thousands separators, for people: plain decimals, never an exponent, exact where the number
/// is exact.
enum SummaryNumberFormat {
    /// Significant digits of a fraction (a ratio's value, a percent change): more than the 6 the
    /// contract asks for, few enough to hide binary rounding (0.1 + 0.2 is written `0.3`).
    static let significantDigits = 10

    /// The `value` column: a ratio as a fraction, a sum or count as its numerator, exactly.
    static func value(of row: SummaryRow, ratio: Bool) -> SummaryNumber? {
        guard let value = row.value else { return nil }
        if !ratio, let numerator = row.numerator { return .quantity(numerator) }
        return fraction(value)
    }

    /// A difference of two values (`change`, `yoy_change`), at the value's precision: for a sum,
    /// the exact difference at the numerator's scale; for a ratio, a fraction.
    static func difference(_ difference: Double?, of row: SummaryRow, ratio: Bool) -> SummaryNumber? {
        guard let difference else { return nil }
        if !ratio, let numerator = row.numerator { return fixed(difference, scale: numerator.scale) }
        return fraction(difference)
    }

    /// `number` with `significantDigits` significant digits, trailing zeros trimmed:
    /// `0.0734125`, `1`, `-0.25`, `12345.6789`.
    static func fraction(_ number: Double) -> SummaryNumber {
        precondition(number.isFinite, "summary numbers are finite")
        guard number != 0 else { return .integer(0) }
        let magnitude = Int(log10(abs(number)).rounded(.down))
        return text(number, scale: max(0, significantDigits - 1 - magnitude), trimmingZeros: true)
    }

    /// `number` rounded to `scale` digits after the point: `fixed(-0.5, scale: 2)` is `-0.50`;
    /// never `-0`.
    static func fixed(_ number: Double, scale: Int) -> SummaryNumber {
        text(number, scale: scale, trimmingZeros: false)
    }

    /// `fixed`, with trailing zeros after the point dropped when `trimmingZeros`; written digit
    /// by digit from whole units: `String(format:)` and `Character`-wise editing cost
    /// microseconds a number and dominated whole summaries.
    private static func text(_ number: Double, scale: Int, trimmingZeros: Bool) -> SummaryNumber {
        precondition(number.isFinite, "summary numbers are finite")
        var factor = 1.0
        for _ in 0..<scale { factor *= 10 }
        let scaled = (abs(number) * factor).rounded()
        guard scaled < 1e18 else {
            // Past 18 digits: only an enormous number (or a vanishing one, at its scale) has them.
            var text = String(format: "%.\(scale)f", number)
            if trimmingZeros, text.contains(".") {
                while text.last == "0" { text.removeLast() }
                if text.last == "." { text.removeLast() }
            }
            return .text(text)
        }
        return .digits(
            magnitude: UInt128(UInt64(scaled)), scale: scale, negative: number < 0 && scaled != 0,
            trimmingZeros: trimmingZeros)
    }
}
