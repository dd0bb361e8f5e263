extension ValueFormatter {
    /// Decimals a label has at least: 1 for percents and million baht, none for baht and counts.
    var baseDecimals: Int { scale == .percent || scale == .millionBaht ? 1 : 0 }

    /// The most decimals a label takes to tell a value from zero or from its target: 3 for
    /// percents and million baht (a thousand baht), 2 (satang) for baht and counts.
    var maximumDecimals: Int { scale == .percent || scale == .millionBaht ? 3 : 2 }

    /// `scaled` (a number on this scale, ASCII digits, no unit) with `baseDecimals` decimals, or
    /// as many more as it takes, up to `maximumDecimals`, for the printed number not to be 0
    /// when `scaled` is not, and to fall on the same side of `boundary` (the target) as `scaled`.
    /// Still 0 at the most decimals: "<0.001"; still on the target at the most decimals: rounded
    /// away from the target ("9.999" for 9.9999 under a target of 10).
    func number(_ scaled: Double, boundary: Double? = nil) -> String {
        let side = boundary.map { scaled < $0 ? -1 : scaled > $0 ? 1 : 0 }
        for decimals in baseDecimals...maximumDecimals {
            let printed = (scaled * Self.pow10(decimals)).rounded() / Self.pow10(decimals)
            let zeroed = scaled != 0 && printed == 0
            let crossed = boundary.map { Self.side(of: printed, from: $0) != side } ?? false
            if !zeroed && !crossed { return Self.grouped(scaled, decimals: decimals) }
        }
        let step = 1 / Self.pow10(maximumDecimals)
        let smallest = Self.grouped(step, decimals: maximumDecimals)
        if let side, side != 0, let boundary, abs(scaled - boundary) < step {
            // Rounded toward the value's side of the target, never onto it.
            let units = scaled * Self.pow10(maximumDecimals)
            return Self.grouped(
                (side < 0 ? units.rounded(.down) : units.rounded(.up)) * step, decimals: maximumDecimals)
        }
        return (scaled < 0 ? ">-" : "<") + smallest
    }

    /// Which side of `boundary` a printed number falls: -1 below, 1 above, 0 on it (within the
    /// error of scaling, as 0.1 × 100 is not exactly 10).
    private static func side(of printed: Double, from boundary: Double) -> Int {
        if abs(printed - boundary) <= 1e-9 * max(1, abs(boundary)) { return 0 }
        return printed < boundary ? -1 : 1
    }
}
