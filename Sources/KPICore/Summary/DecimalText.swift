/// Plain decimal text written straight into a string's or a byte array's storage: summaries write
/// numbers by the ten thousand, and building each from `String`s and arrays cost most of their time.
enum DecimalText {
    /// `magnitude / 10^scale` in plain decimal (at least one digit before the point), `-` before
    /// it when `negative`, trailing zeros after the point (and a bare point) dropped when
    /// `trimmingZeros`.
    static func string(_ magnitude: UInt128, scale: Int, negative: Bool, trimmingZeros: Bool = false) -> String {
        String(unsafeUninitializedCapacity: capacity(scale: scale)) { text in
            write(magnitude, scale: scale, negative: negative, trimmingZeros: trimmingZeros, into: text)
        }
    }

    /// Appends the text `string` gives to `bytes`, without making the string.
    static func append(
        _ magnitude: UInt128, scale: Int, negative: Bool, trimmingZeros: Bool = false, to bytes: inout [UInt8]
    ) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity(scale: scale)) { text in
            let count = write(magnitude, scale: scale, negative: negative, trimmingZeros: trimmingZeros, into: text)
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[..<count]))
        }
    }

    /// Bytes enough for any text of `scale`: 39 digits hold any 128-bit magnitude, the scale may
    /// ask for more (zeros before the digits); then a point and a sign.
    private static func capacity(scale: Int) -> Int { max(39, scale &+ 1) &+ 2 }

    /// Writes the text at the start of `text` (at least `capacity(scale:)` bytes) and returns
    /// its length; in 64-bit arithmetic when the magnitude fits, as nearly all do.
    private static func write(
        _ magnitude: UInt128, scale: Int, negative: Bool, trimmingZeros: Bool,
        into text: UnsafeMutableBufferPointer<UInt8>
    ) -> Int {
        guard magnitude <= UInt128(UInt64.max) else {
            return write(magnitude, scale: scale, negative: negative, trimmingZeros: trimmingZeros, digitsOf: text)
        }
        return write(
            UInt64(truncatingIfNeeded: magnitude), scale: scale, negative: negative, trimmingZeros: trimmingZeros,
            digitsOf: text)
    }

    private static func write<Magnitude: UnsignedInteger & FixedWidthInteger>(
        _ magnitude: Magnitude, scale: Int, negative: Bool, trimmingZeros: Bool,
        digitsOf text: UnsafeMutableBufferPointer<UInt8>
    ) -> Int {
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
