/// A district (อำเภอ, or เขต in Bangkok), keyed by its 4-digit code.
public struct District: Hashable, Sendable {
    /// 4-digit code whose first two digits are the province code, e.g. 5001 เมืองเชียงใหม่.
    public let code: Int
    public let provinceCode: Int
    public let nameThai: String
    public let nameEnglish: String
    /// Current subdistricts (ตำบล / แขวง).
    public let subdistrictCount: Int

    /// The district's name in `language`.
    public func name(in language: Language) -> String {
        language == .thai ? nameThai : nameEnglish
    }
}
