/// Which areas and levels a summary shows: the levels chosen (`--level`) within a scope
/// (`--province`, `--zone`): the scope's areas, itself and the areas it lies in.
public struct AreaFilter: Sendable {
    /// Levels to show.
    public var levels: Set<AreaLevel>
    /// The part of the country shown: a province shows its districts, itself, its zone and the
    /// nation; a zone its provinces' districts, its provinces, itself and the nation.
    public var scope: AreaScope

    /// The areas at `levels` that belong with `scope` (every area at every level by default).
    public init(levels: Set<AreaLevel> = Set(AreaLevel.allCases), scope: AreaScope = .nation) {
        self.levels = levels
        self.scope = scope
    }

    /// Whether the area of `level` with `code` (nil for the nation) is shown.
    public func includes(_ level: AreaLevel, code: Int?, in geography: Geography) -> Bool {
        levels.contains(level) && scope.includes(level, code: code, in: geography)
    }
}
