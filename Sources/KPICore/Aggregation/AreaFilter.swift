/// Which areas and levels a summary shows: `--level`, `--province`, `--zone`.
public struct AreaFilter: Sendable {
    /// Levels to show.
    public var levels: Set<AreaLevel>
    /// Show only this province: its districts, itself, its zone and the nation.
    public var province: Int?
    /// Show only this inspection zone: its provinces' districts, its provinces, itself and the nation.
    public var zone: Int?

    /// The areas at `levels`, within `province` or `zone` when given.
    public init(levels: Set<AreaLevel> = Set(AreaLevel.allCases), province: Int? = nil, zone: Int? = nil) {
        self.levels = levels
        self.province = province
        self.zone = zone
    }

    /// Whether the area of `level` with `code` (nil for the nation) is shown.
    public func includes(_ level: AreaLevel, code: Int?, in geography: Geography) -> Bool {
        guard levels.contains(level) else { return false }
        switch level {
        case .nation:
            return true
        case .zone:
            if let province { return geography.province(code: province)?.zone == code }
            if let zone { return zone == code }
            return true
        case .province:
            if let province { return province == code }
            if let zone { return geography.province(code: code!)?.zone == zone }
            return true
        case .district:
            let provinceCode = code! / 100
            if let province { return province == provinceCode }
            if let zone { return geography.province(code: provinceCode)?.zone == zone }
            return true
        }
    }
}
