/// A province (จังหวัด), keyed by its 2-digit Department of Provincial Administration code.
public struct Province: Hashable, Sendable {
    /// 2-digit code, e.g. 50 for เชียงใหม่.
    public let code: Int
    public let nameThai: String
    public let nameEnglish: String
    public let regionThai: String
    public let regionEnglish: String
    /// The inspection zone (เขตตรวจราชการ) it belongs to; `nil` for Bangkok, which is in none.
    public let zone: Int?

    /// The province's name in `language`.
    public func name(in language: Language) -> String {
        language == .thai ? nameThai : nameEnglish
    }
}
