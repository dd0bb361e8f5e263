/// The units an indicator's values can have (`unit` in the catalog).
public enum IndicatorUnit: String, Sendable {
    /// A ratio, held as a fraction and shown as a percent.
    case percent
    /// Money in baht.
    case baht
    /// A whole count (households, funds, shops).
    case count

    /// The unit as a table heading writes it ("ร้อยละ", "baht"), or `nil` for a plain count, whose
    /// indicator name already says what is counted.
    public func label(in language: Language) -> String? {
        switch (self, language) {
        case (.percent, .thai): return "ร้อยละ"
        case (.percent, .english): return "percent"
        case (.baht, .thai): return "บาท"
        case (.baht, .english): return "baht"
        case (.count, _): return nil
        }
    }
}
