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
        localizedName(language)
    }

    /// The province's name in both languages.
    public var localizedName: LocalizedText { LocalizedText(thai: nameThai, english: nameEnglish) }

    /// The code of Bangkok (กรุงเทพมหานคร), a special administrative area rather than a province:
    /// its name stands without "จังหวัด", its districts are เขต rather than อำเภอ, and it is in
    /// no inspection zone.
    public static let bangkokCode = 10

    /// Whether this is Bangkok (see `bangkokCode`).
    public var isBangkok: Bool { code == Province.bangkokCode }

    /// The province as a title names it: "จังหวัดเชียงใหม่" / "Chiang Mai"; Bangkok is
    /// "กรุงเทพมหานคร" without "จังหวัด".
    public var title: LocalizedText {
        LocalizedText(thai: (isBangkok ? "" : "จังหวัด") + nameThai, english: nameEnglish)
    }

    /// What its districts are called: "อำเภอ", or "เขต" in Bangkok / "district".
    public var districtNoun: LocalizedText {
        LocalizedText(thai: isBangkok ? "เขต" : "อำเภอ", english: "district")
    }

    /// What its districts' subdistricts are called: "ตำบล", or "แขวง" in Bangkok / "subdistrict".
    public var subdistrictNoun: LocalizedText {
        LocalizedText(thai: isBangkok ? "แขวง" : "ตำบล", english: "subdistrict")
    }
}
