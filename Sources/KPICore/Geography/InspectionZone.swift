/// A government inspection zone (เขตตรวจราชการ): a group of provinces one inspector visits.
public struct InspectionZone: Hashable, Sendable {
    /// The zone's number, 1 to 18.
    public let number: Int
    /// Thai name, e.g. ภาคเหนือตอนบน 1.
    public let nameThai: String
    /// English name, e.g. Upper Northern 1.
    public let nameEnglish: String
    /// Codes of its provinces, ascending.
    public let provinceCodes: [Int]

    /// The zone's name in `language`.
    public func name(in language: Language) -> String {
        localizedName(language)
    }

    /// The zone's name in both languages.
    public var localizedName: LocalizedText { LocalizedText(thai: nameThai, english: nameEnglish) }
}
