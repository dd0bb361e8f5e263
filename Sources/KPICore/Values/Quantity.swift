/// An exact decimal number: `units / 10^scale`.
///
/// Money is held as satang (scale 2), counts as integers (scale 0), decimals from
/// `indicator-values` at the scale they were written with. Sums are exact; a binary float is
/// made only for ratios and display.
///
/// Units are 128-bit, so no sum of what the data contract admits can overflow: a field holds
/// fewer than 10^18 units (money: 15 whole digits and 2 decimals, under 10^17 satang), at most
/// 9 decimals, so rescaled to 9 decimals it stays under 10^27; `Int128` holds the sum of
/// 10^11 of those (more figures than a machine's memory keeps), and of 10^21 money amounts
/// (more rows than a file can have lines).
public struct Quantity: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The number times 10^scale.
    public var units: Int128
    /// Digits after the decimal point, 0 to 9.
    public var scale: Int

    /// `units` / 10^`scale`.
    public init(units: Int128, scale: Int) {
        precondition((0...9).contains(scale), "scale 0 to 9")
        self.units = units
        self.scale = scale
    }

    /// A whole count.
    public static func count(_ value: Int128) -> Quantity { Quantity(units: value, scale: 0) }
    /// Money in satang, written with 2 decimals.
    public static func satang(_ value: Int128) -> Quantity { Quantity(units: value, scale: 2) }

    /// The same number with `scale` digits after the point (never fewer than it has).
    public func rescaled(to scale: Int) -> Quantity {
        precondition(scale >= self.scale, "rescaling never drops digits")
        var units = self.units
        for _ in self.scale..<scale { units *= 10 }
        return Quantity(units: units, scale: scale)
    }

    /// The exact sum, at the larger scale.
    public static func + (lhs: Quantity, rhs: Quantity) -> Quantity {
        let scale = max(lhs.scale, rhs.scale)
        return Quantity(units: lhs.rescaled(to: scale).units + rhs.rescaled(to: scale).units, scale: scale)
    }

    /// The exact difference, at the larger scale.
    public static func - (lhs: Quantity, rhs: Quantity) -> Quantity {
        let scale = max(lhs.scale, rhs.scale)
        return Quantity(units: lhs.rescaled(to: scale).units - rhs.rescaled(to: scale).units, scale: scale)
    }

    /// Equal as numbers: `1.50 == 1.5`.
    public static func == (lhs: Quantity, rhs: Quantity) -> Bool {
        let scale = max(lhs.scale, rhs.scale)
        return lhs.rescaled(to: scale).units == rhs.rescaled(to: scale).units
    }

    /// Hashes the value, so that equal values at different scales hash alike.
    public func hash(into hasher: inout Hasher) {
        var units = self.units
        var scale = self.scale
        while scale > 0, units % 10 == 0 {
            units /= 10
            scale -= 1
        }
        hasher.combine(units)
        hasher.combine(scale)
    }

    /// Whether `lhs` is the smaller value, whatever the scales.
    public static func < (lhs: Quantity, rhs: Quantity) -> Bool {
        let scale = max(lhs.scale, rhs.scale)
        return lhs.rescaled(to: scale).units < rhs.rescaled(to: scale).units
    }

    /// The nearest binary float, for ratios and charts.
    public var doubleValue: Double {
        var divisor = 1.0
        for _ in 0..<scale { divisor *= 10 }
        return Self.double(units) / divisor
    }

    /// `value` as a binary float, through `Int64` when it fits: the standard library converts
    /// (and prints) `Int128` with unspecialised generic code, which thousands of summary rows feel.
    @inline(__always)
    private static func double(_ value: Int128) -> Double {
        guard value >= Int128(Int64.min), value <= Int128(Int64.max) else { return Double(value) }
        return Double(Int64(truncatingIfNeeded: value))
    }

    /// Whether the value is 0.
    public var isZero: Bool { units == 0 }

    /// `self / denominator`, divided as whole units at a common scale so that no rounding
    /// happens before the one division.
    public func ratio(to denominator: Quantity) -> Double {
        let scale = max(self.scale, denominator.scale)
        return Self.double(rescaled(to: scale).units) / Self.double(denominator.rescaled(to: scale).units)
    }

    /// Plain decimal with exactly `scale` digits after the point: `1234.50`, `-7`, `0.05`.
    public var description: String { DecimalText.string(units.magnitude, scale: scale, negative: units < 0) }
}
