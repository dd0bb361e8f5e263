/// Totals per district and period (a day, a month or a survey year), built row by row.
///
/// Rows usually arrive grouped by district and period, so the totals of the current key are kept
/// aside and stored only when the key changes: most rows cost no hash lookup.
struct PeriodTable<Totals: PeriodTotals> {
    struct Key: Hashable {
        var district: Int32
        var period: Int32
    }

    private var cells: [Key: Totals] = [:]
    private var currentKey: Key?
    private var current = Totals()

    /// Adds to the totals of `district` (position in `Geography.districts`) and `period`.
    @inline(__always)
    mutating func update(district: Int, period: Int, _ change: (inout Totals) -> Void) {
        let key = Key(district: Int32(truncatingIfNeeded: district), period: Int32(truncatingIfNeeded: period))
        if key != currentKey {
            store()
            currentKey = key
            current = cells[key] ?? Totals()
        }
        change(&current)
    }

    /// Adds the totals of `later`.
    mutating func merge(_ later: PeriodTable) {
        store()
        currentKey = nil
        for (key, totals) in later.allCells { cells[key, default: Totals()].add(totals) }
    }

    /// Every district's totals per period, periods ascending.
    func series() -> [Int: [(period: Int, totals: Totals)]] {
        var series: [Int: [(period: Int, totals: Totals)]] = [:]
        for (key, totals) in allCells { series[Int(key.district), default: []].append((Int(key.period), totals)) }
        for district in series.keys { series[district]!.sort { $0.period < $1.period } }
        return series
    }

    /// The latest period with data.
    var latestPeriod: Int? { allCells.keys.map { Int($0.period) }.max() }

    /// The districts with data.
    var districts: Set<Int> { Set(allCells.keys.map { Int($0.district) }) }

    /// The stored cells with the current one included.
    private var allCells: [Key: Totals] {
        guard let currentKey else { return cells }
        var all = cells
        all[currentKey] = current
        return all
    }

    private mutating func store() {
        if let currentKey { cells[currentKey] = current }
    }
}

extension Array {
    /// The last element whose period lies in `range`, in a series sorted by period.
    func latest<Totals>(in range: ClosedRange<Int>) -> Element? where Element == (period: Int, totals: Totals) {
        last { range.contains($0.period) }
    }

    /// The sum of the totals whose period lies in `range`, with the last such period; `nil` when
    /// there is none.
    func sum<Totals: PeriodTotals>(in range: ClosedRange<Int>) -> Element? where Element == (period: Int, totals: Totals) {
        var total = Totals(), lastPeriod: Int?
        for element in self where range.contains(element.period) {
            total.add(element.totals)
            lastPeriod = element.period
        }
        return lastPeriod.map { ($0, total) }
    }
}

/// Totals that start at zero and add up.
protocol PeriodTotals {
    init()
    mutating func add(_ other: Self)
}
