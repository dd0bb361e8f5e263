/// Plain decimal text written straight into a string's bytes: summaries write numbers by the
/// ten thousand, and building each from `String`s and arrays cost most of their time.
enum DecimalText {
    /// `magnitude / 10^scale` in plain decimal (at least one digit before the point), `-` before
    /// it when `negative`, trailing zeros after the point (and a bare point) dropped when
    /// `trimmingZeros`.
    static func string<Magnitude: UnsignedInteger & FixedWidthInteger>(
        _ magnitude: Magnitude, scale: Int, negative: Bool, trimmingZeros: Bool = false
    ) -> String {
        // 39 digits hold any 128-bit magnitude; the scale may ask for more, zeros before the
        // digits; then a point and a sign.
        String(unsafeUninitializedCapacity: max(39, scale &+ 1) &+ 2) { text in
            var count = 0
            var digits = 0
            var rest = magnitude
            // Last digit first.
            while rest > 0 || digits <= scale {
                if digits == scale, scale > 0 {
                    text[count] = UInt8(ascii: ".")
                    count &+= 1
                }
                text[count] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: rest % 10)
                rest /= 10
                count &+= 1
                digits &+= 1
            }
            if negative {
                text[count] = UInt8(ascii: "-")
                count &+= 1
            }
            text[0..<count].reverse()
            if trimmingZeros, scale > 0 {
                while text[count &- 1] == UInt8(ascii: "0") { count &-= 1 }
                if text[count &- 1] == UInt8(ascii: ".") { count &-= 1 }
            }
            return count
        }
    }
}
