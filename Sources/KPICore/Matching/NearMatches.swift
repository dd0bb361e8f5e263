/// The names closest to one that matched none: what an error offers instead.
///
/// A name is near when it starts with the text given, contains it, or is within a few edits of
/// it (a third of the text's length, at least one); the nearest come first.
struct NearMatches<Item> {
    /// An item with the normalised keys it can be named by.
    struct Candidate {
        var item: Item
        var keys: [[Unicode.Scalar]]
    }

    let candidates: [Candidate]

    /// The items some key of which starts with `key` (an empty key starts nothing).
    func startingWith(_ key: [Unicode.Scalar]) -> [Item] {
        guard !key.isEmpty else { return [] }
        return candidates.filter { $0.keys.contains { $0.starts(with: key) } }.map(\.item)
    }

    /// At most `limit` items near `key`, nearest first (candidates' order between equals).
    func nearest(to key: [Unicode.Scalar], limit: Int) -> [Item] {
        guard !key.isEmpty else { return [] }
        let allowed = max(1, key.count / 3)
        var scored: [(rank: Int, distance: Int, position: Int, item: Item)] = []
        for (position, candidate) in candidates.enumerated() {
            let starts = candidate.keys.contains { $0.starts(with: key) }
            let contains = key.count >= 3 && candidate.keys.contains { Self.contains($0, key) }
            let distance = candidate.keys.compactMap { EditDistance.between(key, $0) }.min() ?? .max
            guard starts || contains || distance <= allowed else { continue }
            scored.append((starts ? 0 : contains ? 1 : 2, distance, position, candidate.item))
        }
        scored.sort { ($0.rank, $0.distance, $0.position) < ($1.rank, $1.distance, $1.position) }
        return scored.prefix(limit).map(\.item)
    }

    /// Whether `part` occurs anywhere in `whole`.
    private static func contains(_ whole: [Unicode.Scalar], _ part: [Unicode.Scalar]) -> Bool {
        guard part.count <= whole.count else { return false }
        return (0...(whole.count - part.count)).contains { whole[$0..<($0 + part.count)].elementsEqual(part) }
    }
}
