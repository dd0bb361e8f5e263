/// A province (จังหวัด), keyed by its 2-digit Department of Provincial Administration code.
public struct Province: Hashable, Sendable {
    /// 2-digit code, e.g. 50 for เชียงใหม่.
    public let code: Int
    /// Thai name, without จังหวัด.
    public let nameThai: String
    /// English name.
    public let nameEnglish: String
    /// The geographic region in Thai (ภาคเหนือ …).
    public let regionThai: String
    /// The geographic region in English (North, Northeast, Central, East, West, South).
    public let regionEnglish: String
    /// The inspection zone (เขตตรวจราชการ) it belongs to; `nil` for Bangkok, which is in none.
    public let zone: Int?

    /// The province's name in `language`.
    public func name(in language: Language) -> String {
        language == .thai ? nameThai : nameEnglish
    }
}
