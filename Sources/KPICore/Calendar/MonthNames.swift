/// Month names in Thai and English, indexed by month number 1…12.
public enum MonthNames {
    /// มกราคม … ธันวาคม.
    public static let thaiFull = [
        "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
        "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม",
    ]
    /// ม.ค. … ธ.ค.
    public static let thaiAbbreviated = [
        "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.",
        "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.",
    ]
    /// January … December.
    public static let englishFull = [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ]
    /// Jan … Dec.
    public static let englishAbbreviated = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ]

    /// The full name of `month` (1…12) in `language`.
    public static func full(_ month: Int, in language: Language) -> String {
        (language == .thai ? thaiFull : englishFull)[month - 1]
    }

    /// The abbreviated name of `month` (1…12) in `language`.
    public static func abbreviated(_ month: Int, in language: Language) -> String {
        (language == .thai ? thaiAbbreviated : englishAbbreviated)[month - 1]
    }
}
