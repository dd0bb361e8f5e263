/// The levels indicators roll up through: district → province → inspection zone → nation.
public enum AreaLevel: String, CaseIterable, Comparable, Codable, Sendable {
    /// อำเภอ (เขต in Bangkok).
    case district
    /// จังหวัด.
    case province
    /// เขตตรวจราชการ: an inspection zone.
    case zone
    /// The whole country.
    case nation

    /// Whether `lhs` is the smaller level (district < province < zone < nation).
    public static func < (lhs: AreaLevel, rhs: AreaLevel) -> Bool { lhs.height < rhs.height }

    /// 0 for a district up to 3 for the nation: the levels below this one.
    package var height: Int {
        switch self {
        case .district: 0
        case .province: 1
        case .zone: 2
        case .nation: 3
        }
    }
}
