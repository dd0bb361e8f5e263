/// An indicator id the catalog does not declare, with the declared ids nearest to it.
public struct UnknownIndicatorError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The id as given.
    public let id: String
    /// The catalog's ids nearest to it, nearest first (perhaps none).
    public let closest: [String]

    /// The error for `id`, offering `closest` (nearest first).
    package init(id: String, closest: [String]) {
        self.id = id
        self.closest = closest
    }

    /// One line: the id and the nearest ids of the catalog.
    public var description: String {
        let offer = closest.isEmpty ? "" : "; closest: " + closest.joined(separator: ", ")
        return "no indicator '\(id)' in the catalog\(offer)"
    }
}

extension IndicatorCatalog {
    /// Checks that the catalog declares every id of `ids`; throws for the first (in sorted order)
    /// that it does not, with the ids nearest to it.
    public func check<IDs: Sequence<String>>(ids: IDs) throws(UnknownIndicatorError) {
        for id in ids.sorted() where self[id: id] == nil {
            let near = NearMatches(
                candidates: definitions.map { .init(item: $0.id, keys: [Array($0.id.unicodeScalars)]) })
            throw UnknownIndicatorError(
                id: id, closest: near.nearest(to: Array(id.lowercased().unicodeScalars), limit: 4))
        }
    }
}
