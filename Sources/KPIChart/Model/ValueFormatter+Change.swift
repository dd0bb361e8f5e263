import KPICore

extension ValueFormatter {
    /// Whether a change is for the better, by the indicator's direction.
    public enum Verdict: Sendable, Equatable {
        /// Towards the better side of the indicator's direction.
        case better
        /// Towards the worse side.
        case worse
        /// No change.
        case unchanged
    }

    /// A change, with ▲ or ▼ (• for none): percentage points for ratios ("▼ 0.03 จุด"). A change
    /// that is not zero never reads as 0: it takes more decimals, or reads "<0.001".
    public func change(_ change: Double) -> String {
        let arrow = change > 0 ? "▲" : change < 0 ? "▼" : "•"
        return digits.apply(to: "\(arrow) \(size(of: change))")
    }

    /// How big a change is, without its direction: "0.3 จุด", "5.2" (points for ratios).
    private func size(of change: Double) -> String {
        number(abs(change) * multiplier)
            + (scale == .percent ? LocalizedText(thai: " จุด", english: " pp")(language) : "")
    }

    /// How big a change is with its unit, for a sentence that says which way it went: "0.3 จุด",
    /// "5.2 ล้านบาท".
    public func sizeWithUnit(of change: Double) -> String {
        digits.apply(to: size(of: change)) + unitSuffix
    }

    /// A change with its unit, for running text: "▲ 0.4 จุด", "▼ 5.2 ล้านบาท".
    public func changeWithUnit(_ value: Double) -> String {
        change(value) + unitSuffix
    }

    /// Whether `change` is better or worse: up is better when higher is, down when lower is.
    public func verdict(of change: Double) -> Verdict {
        if change == 0 { return .unchanged }
        return (change > 0) == (definition.direction == .higher) ? .better : .worse
    }

    /// "ดีขึ้น", "แย่ลง", "เท่าเดิม" ("better", "worse", "no change"): what `change` means for the
    /// indicator, by its direction (▼ is better for overdue debt, worse for OTOP sales).
    public func changeVerdict(_ change: Double) -> String {
        switch (verdict(of: change), language) {
        case (.better, .thai): return "ดีขึ้น"
        case (.worse, .thai): return "แย่ลง"
        case (.unchanged, .thai): return "เท่าเดิม"
        case (.better, .english): return "better"
        case (.worse, .english): return "worse"
        case (.unchanged, .english): return "no change"
        }
    }

    /// A change and its verdict: "▼ 0.3 จุด ดีขึ้น"; with `unit`, the unit too, for running text:
    /// "▲ 5.2 ล้านบาท ดีขึ้น".
    public func changeWithVerdict(_ change: Double, unit: Bool = false) -> String {
        (unit ? changeWithUnit(change) : self.change(change)) + " " + changeVerdict(change)
    }
}
