/// How many single-character edits turn one name into another: insertions, deletions,
/// substitutions and swaps of two neighbours (the optimal string alignment distance), counted
/// in Unicode scalars so that a Thai vowel or tone mark is one edit.
enum EditDistance {
    /// Longest text compared; a longer one is too far from every name (and would cost time).
    static let maximumLength = 200

    /// The distance between `source` and `target`, or `nil` when either is longer than
    /// `maximumLength`.
    static func between(_ source: [Unicode.Scalar], _ target: [Unicode.Scalar]) -> Int? {
        guard source.count <= maximumLength, target.count <= maximumLength else { return nil }
        if source.isEmpty || target.isEmpty { return max(source.count, target.count) }
        // Three rows of the dynamic-programming table: two back (for swaps), previous, current.
        var twoBack = [Int](repeating: 0, count: target.count + 1)
        var previous = Array(0...target.count)
        var current = [Int](repeating: 0, count: target.count + 1)
        for i in 1...source.count {
            current[0] = i
            for j in 1...target.count {
                let cost = source[i - 1] == target[j - 1] ? 0 : 1
                var best = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, source[i - 1] == target[j - 2], source[i - 2] == target[j - 1] {
                    best = min(best, twoBack[j - 2] + 1)
                }
                current[j] = best
            }
            (twoBack, previous, current) = (previous, current, twoBack)
        }
        return previous[target.count]
    }
}
