/// A government inspection zone (เขตตรวจราชการ): a group of provinces one inspector visits.
public struct InspectionZone: Hashable, Sendable {
    /// The zone's number, 1 to 18.
    public let number: Int
    public let nameThai: String
    public let nameEnglish: String
    /// Codes of its provinces, ascending.
    public let provinceCodes: [Int]

    /// The zone's name in `language`.
    public func name(in language: Language) -> String {
        language == .thai ? nameThai : nameEnglish
    }
}
