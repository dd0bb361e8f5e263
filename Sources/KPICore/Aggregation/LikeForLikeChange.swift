/// A change computed over the areas that report in both windows compared.
public struct LikeForLikeChange: Equatable, Sendable {
    /// The value over those areas minus the earlier value over the same areas.
    public var change: Double
    /// How many districts (or province-level figures) report in both windows.
    public var areas: Int

    /// A change of `change` over `areas` areas.
    public init(change: Double, areas: Int) {
        self.change = change
        self.areas = areas
    }
}
