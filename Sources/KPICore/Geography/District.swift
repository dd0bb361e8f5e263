/// A district (อำเภอ, or เขต in Bangkok), keyed by its 4-digit code.
public struct District: Hashable, Sendable {
    /// 4-digit code whose first two digits are the province code, e.g. 5001 เมืองเชียงใหม่.
    public let code: Int
    /// The 2-digit code of its province.
    public let provinceCode: Int
    /// Thai name (Bangkok's keep the `เขต` prefix).
    public let nameThai: String
    /// English name (not unique: key by code).
    public let nameEnglish: String
    /// Current subdistricts (ตำบล / แขวง).
    public let subdistrictCount: Int

    /// The district's name in `language`.
    public func name(in language: Language) -> String {
        localizedName(language)
    }

    /// The district's name in both languages.
    public var localizedName: LocalizedText { LocalizedText(thai: nameThai, english: nameEnglish) }
}
