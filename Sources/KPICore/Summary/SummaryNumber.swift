/// A number of a summary's columns as plain decimal digits, kept as a value until a writer spells
/// it: the CSV writer appends its digits to the bytes it writes, the others take its text.
enum SummaryNumber: Equatable, CustomStringConvertible {
    /// `magnitude / 10^scale`, `-` before it when `negative`, trailing zeros after the point
    /// dropped when `trimmingZeros` (`DecimalText`).
    case digits(magnitude: UInt128, scale: Int, negative: Bool, trimmingZeros: Bool)
    /// A number already written (past the digits a magnitude holds).
    case text(String)

    /// An integer.
    static func integer(_ value: Int) -> SummaryNumber {
        .digits(magnitude: UInt128(value.magnitude), scale: 0, negative: value < 0, trimmingZeros: false)
    }

    /// A quantity, exactly: its units at its scale.
    static func quantity(_ quantity: Quantity) -> SummaryNumber {
        .digits(
            magnitude: quantity.units.magnitude, scale: quantity.scale, negative: quantity.units < 0,
            trimmingZeros: false)
    }

    /// The plain decimal text.
    var description: String {
        switch self {
        case .digits(let magnitude, let scale, let negative, let trimmingZeros):
            DecimalText.string(magnitude, scale: scale, negative: negative, trimmingZeros: trimmingZeros)
        case .text(let text): text
        }
    }

    /// Appends `description`'s UTF-8 to `bytes`, without making it.
    func append(to bytes: inout [UInt8]) {
        switch self {
        case .digits(let magnitude, let scale, let negative, let trimmingZeros):
            DecimalText.append(magnitude, scale: scale, negative: negative, trimmingZeros: trimmingZeros, to: &bytes)
        case .text(let text): bytes += text.utf8
        }
    }
}
