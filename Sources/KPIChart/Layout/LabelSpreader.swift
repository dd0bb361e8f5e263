/// Places labels along one axis so that none overlap: each keeps its order, stays as near its
/// wanted position as it can, and keeps at least a gap from its neighbours, all within bounds.
///
/// The pass takes labels in order of their wanted centre; a label that would overlap the one
/// before joins its cluster, and a cluster sits centred on the mean of its members' wishes
/// (clamped to the bounds), merging with the cluster before when it then overlaps that.
enum LabelSpreader {
    /// A label to place: where its centre wants to be and how long it is along the axis.
    struct Item: Equatable {
        var center: Double
        var length: Double
    }

    /// The start (top, for a vertical axis) of each item, in the items' order, or `nil` when
    /// they cannot all fit within `bounds` with `gap` between neighbours.
    static func spread(_ items: [Item], gap: Double, within bounds: ClosedRange<Double>) -> [Double]? {
        guard !items.isEmpty else { return [] }
        let needed = items.map(\.length).reduce(0, +) + gap * Double(items.count - 1)
        guard needed <= bounds.upperBound - bounds.lowerBound + 1e-9 else { return nil }
        let order = items.indices.sorted { (items[$0].center, $0) < (items[$1].center, $1) }

        struct Cluster {
            var members: [Int]
            var start: Double
            var length: Double
            /// Σ (wanted start − offset in the cluster), for the mean.
            var wish: Double
        }
        func clamp(_ start: Double, length: Double) -> Double {
            min(max(start, bounds.lowerBound), bounds.upperBound - length)
        }
        var clusters: [Cluster] = []
        for index in order {
            let item = items[index]
            let wanted = item.center - item.length / 2
            clusters.append(
                Cluster(members: [index], start: clamp(wanted, length: item.length), length: item.length, wish: wanted))
            while clusters.count >= 2 {
                let last = clusters[clusters.count - 1]
                let previous = clusters[clusters.count - 2]
                guard previous.start + previous.length + gap > last.start else { break }
                let offset = previous.length + gap
                var merged = previous
                merged.members += last.members
                merged.length = offset + last.length
                merged.wish = previous.wish + last.wish - offset * Double(last.members.count)
                merged.start = clamp(merged.wish / Double(merged.members.count), length: merged.length)
                clusters.removeLast(2)
                clusters.append(merged)
            }
        }
        var starts = Array(repeating: 0.0, count: items.count)
        for cluster in clusters {
            var position = cluster.start
            for member in cluster.members {
                starts[member] = position
                position += items[member].length + gap
            }
        }
        return starts
    }
}
