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
    public static func < (lhs: AreaLevel, rhs: AreaLevel) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
