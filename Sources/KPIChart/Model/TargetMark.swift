import KPICore

/// Met or missed said with a symbol as well as a colour, for greyscale prints and readers who
/// cannot tell the colours apart: ✓ met, ✗ missed.
public enum TargetMark {
    /// "✓" when met, "✗" when missed.
    public static func symbol(met: Bool) -> String { met ? "✓" : "✗" }

    /// The legend's words: "✓ ผ่านเป้าหมาย", "✗ ไม่ผ่านเป้าหมาย" ("✓ Target met", "✗ Target missed").
    public static func label(met: Bool, language: Language) -> String {
        symbol(met: met) + " "
            + (met
            ? LocalizedText(thai: "ผ่านเป้าหมาย", english: "Target met")
            : LocalizedText(thai: "ไม่ผ่านเป้าหมาย", english: "Target missed"))(language)
    }

    /// The legend's met and missed entries, each in its colour of `colors`.
    static func legendEntries(language: Language, colors: ChartColors) -> [ChartFrame.LegendEntry] {
        [
            .init(label: label(met: true, language: language), color: colors.met),
            .init(label: label(met: false, language: language), color: colors.missed),
        ]
    }
}

extension ValueFormatter {
    /// A value label with ✓ or ✗ after it when `met` says whether it meets the target
    /// ("7.3% ✓"); the plain label when `met` is `nil` (no target).
    public func label(_ value: Double, met: Bool?) -> String {
        label(value) + (met.map { " " + TargetMark.symbol(met: $0) } ?? "")
    }
}
