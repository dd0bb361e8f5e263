/// The text that a number stored in a sheet gives, as the CSV rules then read it.
///
/// A number is read exactly from the XML's decimal text (`1234.5600000000001`, `1.2345E3`),
/// never through a binary float, and written as a plain decimal: integers as integers, and
/// Excel's own precision of 15 significant digits (so a code `50` is `50`, and binary noise
/// such as `0.30000000000000004` is `0.3`). Money is rounded to the satang when it is within
/// 0.000001 baht of one; otherwise it keeps all its digits, which the money parser then refuses
/// as it would in a CSV file. Text that is not a number is kept as it is, for the field parser to
/// refuse.
enum CellNumberText {
    /// What the column reads the number as.
    enum Use {
        case plain
        case money
    }

    /// Appends the text of the number written `bytes[range]` in the XML.
    static func append(_ bytes: UnsafePointer<UInt8>, _ range: Range<Int>, as use: Use, to output: inout [UInt8]) {
        let text = UnsafeBufferPointer(start: bytes + range.lowerBound, count: range.count)
        if isCanonical(text, maxDecimals: use == .money ? 2 : 15) {
            output.append(contentsOf: text)
            return
        }
        guard var number = ExactDecimal(text) else {
            output.append(contentsOf: text)
            return
        }
        switch use {
        case .plain: number.roundToSignificantDigits(15)
        case .money: number.roundToSatangWithin(tolerance: 1)
        }
        number.write(to: &output)
    }

    /// Whether `text` is already what `append` would write: `0` or digits not starting with 0,
    /// then at most `maxDecimals` decimals not ending in 0, 15 digits in all.
    private static func isCanonical(_ text: UnsafeBufferPointer<UInt8>, maxDecimals: Int) -> Bool {
        guard let first = text.first, first &- 0x30 < 10,
            first != 0x30 || text.count == 1 || text[1] == UInt8(ascii: ".")
        else { return false }
        var digits = 0
        var decimals = -1
        for byte in text {
            if byte == UInt8(ascii: "."), decimals < 0 {
                decimals = 0
                continue
            }
            guard byte &- 0x30 < 10 else { return false }
            digits &+= 1
            if decimals >= 0 { decimals &+= 1 }
        }
        guard digits <= 15, decimals <= maxDecimals, decimals != 0 else { return false }
        return decimals < 0 || text[text.count &- 1] != 0x30
    }
}

/// A decimal number held exactly as its digits: value = 0.d₁d₂…dₙ × 10^point, no leading or
/// trailing zero digit (zero has no digits).
struct ExactDecimal {
    var negative = false
    /// Digit values 0–9.
    var digits: [UInt8] = []
    var point = 0

    /// The most digits and the largest exponent read: far beyond Excel's 17 digits and its
    /// range of money and codes, small enough that the text written stays short.
    static let maxDigits = 40
    static let maxPoint = 40

    /// Reads `[+-]digits[.digits][e[+-]digits]`, or `nil` for anything else or out of range.
    init?(_ text: UnsafeBufferPointer<UInt8>) {
        var index = 0
        if index < text.count, text[index] == UInt8(ascii: "-") || text[index] == UInt8(ascii: "+") {
            negative = text[index] == UInt8(ascii: "-")
            index &+= 1
        }
        var seenPoint = false
        var mantissaDigits = 0
        while index < text.count {
            let byte = text[index]
            if byte == UInt8(ascii: "."), !seenPoint {
                seenPoint = true
            } else if byte &- 0x30 < 10 {
                mantissaDigits &+= 1
                if digits.isEmpty, byte == 0x30 {
                    if seenPoint { point &-= 1 }
                } else {
                    guard digits.count < Self.maxDigits else { return nil }
                    digits.append(byte &- 0x30)
                    if !seenPoint { point &+= 1 }
                }
            } else {
                break
            }
            index &+= 1
        }
        guard mantissaDigits > 0 else { return nil }
        if index < text.count {
            guard text[index] | 0x20 == UInt8(ascii: "e"),
                let exponent = Int(
                    String(decoding: UnsafeBufferPointer(rebasing: text[(index &+ 1)...]), as: UTF8.self)),
                abs(exponent) <= Self.maxPoint * 2
            else { return nil }
            point &+= exponent
        }
        normalise()
        guard digits.isEmpty || abs(point) <= Self.maxPoint else { return nil }
    }

    /// Rounds half up to `count` significant digits.
    mutating func roundToSignificantDigits(_ count: Int) {
        guard digits.count > count else { return }
        let up = digits[count] >= 5
        digits.removeLast(digits.count &- count)
        if up { incrementLastDigit() }
        normalise()
    }

    /// Rounds to whole satang (2 decimals) when the number is within `tolerance` ten-thousandths
    /// of a satang of one (1: 0.000001 baht); otherwise leaves it as it is.
    mutating func roundToSatangWithin(tolerance: Int) {
        let satangDigits = point &+ 2
        guard digits.count > satangDigits else { return }
        // The fraction of a satang, as digits after its decimal point.
        let fraction = [UInt8](repeating: 0, count: max(0, -satangDigits)) + digits[max(0, satangDigits)...]
        let head =
            fraction.prefix(4).reduce(0) { $0 &* 10 &+ Int($1) } &* [1000, 100, 10, 1][min(fraction.count, 4) &- 1]
        let restIsZero = fraction.dropFirst(4).allSatisfy { $0 == 0 }
        if head < tolerance || (head == tolerance && restIsZero) {
            digits.removeLast(digits.count &- max(0, satangDigits))
        } else if head >= 10_000 &- tolerance {
            digits.removeLast(digits.count &- max(0, satangDigits))
            if satangDigits <= 0 {
                digits = [1]
                point = -1
            } else {
                incrementLastDigit()
            }
        } else {
            return
        }
        normalise()
    }

    /// Writes the number as a plain decimal: `-12.5`, `0.001`, `1200`.
    func write(to output: inout [UInt8]) {
        guard !digits.isEmpty else { return output.append(0x30) }
        if negative { output.append(UInt8(ascii: "-")) }
        if point <= 0 {
            output.append(contentsOf: [0x30, UInt8(ascii: ".")])
            output.append(contentsOf: repeatElement(0x30, count: -point))
            output.append(contentsOf: digits.lazy.map { $0 &+ 0x30 })
        } else if point >= digits.count {
            output.append(contentsOf: digits.lazy.map { $0 &+ 0x30 })
            output.append(contentsOf: repeatElement(0x30, count: point &- digits.count))
        } else {
            output.append(contentsOf: digits[..<point].lazy.map { $0 &+ 0x30 })
            output.append(UInt8(ascii: "."))
            output.append(contentsOf: digits[point...].lazy.map { $0 &+ 0x30 })
        }
    }

    /// Adds one unit in the last digit's place, carrying.
    private mutating func incrementLastDigit() {
        var index = digits.count &- 1
        while index >= 0, digits[index] == 9 {
            digits[index] = 0
            index &-= 1
        }
        if index >= 0 {
            digits[index] &+= 1
        } else {
            digits.insert(1, at: 0)
            point &+= 1
        }
    }

    /// Drops leading and trailing zero digits.
    private mutating func normalise() {
        let leading = digits.prefix { $0 == 0 }.count
        if leading > 0 {
            digits.removeFirst(leading)
            point &-= leading
        }
        while digits.last == 0 { digits.removeLast() }
        if digits.isEmpty {
            point = 0
            negative = false
        }
    }
}
