/// The levels indicators roll up through: district → province → inspection zone → nation.
public enum AreaLevel: String, CaseIterable, Comparable, Codable, Sendable {
    case district
    case province
    case zone
    case nation

    public static func < (lhs: AreaLevel, rhs: AreaLevel) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
