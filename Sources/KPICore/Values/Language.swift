/// The language of labels, titles and tables.
public enum Language: String, CaseIterable, Sendable {
    /// Thai (`th`): the default of every command.
    case thai = "th"
    /// English (`en`).
    case english = "en"
}

/// How numbers are written.
public enum DigitStyle: String, CaseIterable, Sendable {
    /// 0–9, the default: what Thai government statistics use in tables.
    case arabic
    /// ๐–๙, on request.
    case thai

    /// `text` with every ASCII digit written in this style; other characters are kept.
    public func apply(to text: String) -> String {
        guard self == .thai else { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if ("0"..."9").contains(scalar) {
                // U+0E50 THAI DIGIT ZERO … U+0E59 THAI DIGIT NINE.
                scalars.append(Unicode.Scalar(0x0E50 + scalar.value - 0x30)!)
            } else {
                scalars.append(scalar)
            }
        }
        return String(scalars)
    }
}
