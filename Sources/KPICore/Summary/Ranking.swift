/// Ranks areas of one level, for one indicator and window: 1 = best by the indicator's
/// direction, ties share the smaller rank (1, 2, 2, 4), rows without a value get none.
enum Ranking {
    static func assign(_ rows: inout [SummaryRow], directions: [String: Direction]) {
        struct Group: Hashable { var level: AreaLevel, indicator: String, window: Window }
        let groups = Dictionary(grouping: rows.indices.filter { rows[$0].value != nil }) {
            Group(level: rows[$0].level, indicator: rows[$0].indicatorID, window: rows[$0].window)
        }
        for (group, members) in groups {
            let higherIsBetter = directions[group.indicator] != .lower
            // Best first; a value's rank is 1 + the number of values strictly better.
            let sorted = members.map { rows[$0].value! }.sorted { higherIsBetter ? $0 > $1 : $0 < $1 }
            for member in members {
                let value = rows[member].value!
                let better = sorted.partitioningIndex { higherIsBetter ? $0 <= value : $0 >= value }
                rows[member].rank = better + 1
            }
        }
    }
}

extension Array {
    /// The first index whose element satisfies `predicate`, in an array where all elements that
    /// do come after all that do not (a binary search).
    func partitioningIndex(where predicate: (Element) -> Bool) -> Int {
        var low = 0
        var high = count
        while low < high {
            let middle = (low + high) / 2
            if predicate(self[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }
}
