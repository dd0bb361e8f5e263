/// Colours written as "#RRGGBB" (opaque) or "#RRGGBBAA" (with alpha), as in a theme file.
extension Color: Codable {
    /// The colour of `text`, "#RRGGBB" or "#RRGGBBAA" (hex digits in either case), or `nil` when
    /// `text` is neither.
    public init?(hexString text: String) {
        let digits = Array(text.utf8)
        guard digits.first == UInt8(ascii: "#"), digits.count == 7 || digits.count == 9 else { return nil }
        var value: UInt32 = 0
        for digit in digits.dropFirst() {
            guard let nibble = Self.hexValue(digit) else { return nil }
            value = value << 4 | nibble
        }
        if digits.count == 9 {
            self.init(hex: value >> 8, alpha: Double(value & 0xFF) / 255)
        } else {
            self.init(hex: value)
        }
    }

    /// "#RRGGBB" for an opaque colour, else "#RRGGBBAA"; upper-case digits.
    public var hexString: String {
        let channels = alpha >= 1 ? [red, green, blue] : [red, green, blue, alpha]
        return "#"
            + channels.map { channel in
                let byte = Int((min(max(channel, 0), 1) * 255).rounded())
                let text = String(byte, radix: 16, uppercase: true)
                return byte < 16 ? "0" + text : text
            }.joined()
    }

    /// Decodes a colour from a string "#RRGGBB" or "#RRGGBBAA".
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let color = Color(hexString: text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "\"\(text)\" is not a colour \"#RRGGBB\" or \"#RRGGBBAA\"")
        }
        self = color
    }

    /// Encodes the colour as its `hexString`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(hexString)
    }

    /// The value of one hex digit, or `nil`.
    private static func hexValue(_ digit: UInt8) -> UInt32? {
        switch digit {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(digit - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(digit - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(digit - UInt8(ascii: "A") + 10)
        default: nil
        }
    }
}
