/// A text in both languages of the project: what a label, title or place name is in Thai and in
/// English, chosen by `Language` where it is shown.
public struct LocalizedText: Hashable, Sendable {
    /// The Thai text.
    public var thai: String
    /// The English text.
    public var english: String

    /// The text in Thai and in English.
    public init(thai: String, english: String) {
        self.thai = thai
        self.english = english
    }

    /// The same text in both languages (a separator, a symbol, a name not translated).
    public init(_ both: String) {
        self.init(thai: both, english: both)
    }

    /// The text in `language`: `LocalizedText(thai: "เขต", english: "zone")(.english)` is "zone".
    public func callAsFunction(_ language: Language) -> String {
        switch language {
        case .thai: return thai
        case .english: return english
        }
    }
}
