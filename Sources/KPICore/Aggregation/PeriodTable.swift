/// Totals per district and period (a day, a month or a survey year), built row by row.
///
/// Districts are positions in `Geography.districts` and periods get slots from `PeriodSlots`, so
/// the totals of the first `denseSlots` periods are one dense array indexed by slot and district:
/// a row costs two loads and no hashing, whatever order the rows come in. Periods past those
/// (only odd data has more than 512 snapshot days) are kept in a dictionary.
struct PeriodTable<Totals: PeriodCell> {
    /// Periods whose totals are kept dense: 512 × 928 districts × the totals' size.
    static var denseSlots: Int { 512 }

    private struct Key: Hashable {
        var district: Int
        var slot: Int
    }

    let districtCount: Int
    private var slots = PeriodSlots()
    /// Totals of slot `s` and district `d` at `s * districtCount + d`, for slots below `denseSlots`.
    private var cells: [Totals] = []
    /// Whether each entry of `cells` has had a row.
    private var filled: [Bool] = []
    private var sparse: [Key: Totals] = [:]

    /// An empty table for districts `0 ..< districtCount`.
    init(districtCount: Int) {
        self.districtCount = districtCount
    }

    /// Changes the totals of `district` (position in `Geography.districts`) and `period`, and
    /// returns what `change` returns.
    @inline(__always)
    @discardableResult
    mutating func update<Result>(district: Int, period: Int, _ change: (inout Totals) -> Result) -> Result {
        let slot = slots.slot(of: period)
        guard slot < Self.denseSlots else {
            return change(&sparse[Key(district: district, slot: slot), default: Totals()])
        }
        let index = slot &* districtCount &+ district
        if index >= cells.count { allocate(through: slot) }
        filled[index] = true
        return change(&cells[index])
    }

    /// Every district's totals per period, periods ascending.
    func series() -> [Int: [(period: Int, totals: Totals)]] {
        var series: [Int: [(period: Int, totals: Totals)]] = [:]
        forEachCell { district, period, totals in series[district, default: []].append((period, totals)) }
        for district in series.keys { series[district]!.sort { $0.period < $1.period } }
        return series
    }

    /// The latest period with data.
    var latestPeriod: Int? { slots.periods.max() }

    /// The districts with data.
    var districts: Set<Int> {
        var districts = Set<Int>()
        forEachCell { district, _, _ in districts.insert(district) }
        return districts
    }

    /// Calls `body` with every cell that has had a row.
    func forEachCell(_ body: (_ district: Int, _ period: Int, Totals) -> Void) {
        for index in filled.indices where filled[index] {
            body(index % districtCount, slots.periods[index / districtCount], cells[index])
        }
        for (key, totals) in sparse { body(key.district, slots.periods[key.slot], totals) }
    }

    /// Makes room for the dense cells of every slot up to `slot`.
    @inline(never)
    private mutating func allocate(through slot: Int) {
        let count = (slot &+ 1) &* districtCount
        cells.append(contentsOf: repeatElement(Totals(), count: count &- cells.count))
        filled.append(contentsOf: repeatElement(false, count: count &- filled.count))
    }
}

extension Array {
    /// The last element whose period lies in `range`, in a series sorted by period.
    func latest<Totals>(in range: ClosedRange<Int>) -> Element? where Element == (period: Int, totals: Totals) {
        last { range.contains($0.period) }
    }

    /// The sum of the totals whose period lies in `range`, with the last such period; `nil` when
    /// there is none.
    func sum<Totals: PeriodTotals>(in range: ClosedRange<Int>) -> Element?
    where Element == (period: Int, totals: Totals) {
        var total = Totals()
        var lastPeriod: Int?
        for element in self where range.contains(element.period) {
            total.add(element.totals)
            lastPeriod = element.period
        }
        return lastPeriod.map { ($0, total) }
    }
}

extension PeriodTable where Totals: PeriodTotals {
    /// Adds the totals of `later`.
    mutating func merge(_ later: PeriodTable) {
        later.forEachCell { district, period, totals in update(district: district, period: period) { $0.add(totals) } }
    }
}

/// What a `PeriodTable` cell holds: it starts at zero.
protocol PeriodCell {
    init()
}

/// Totals that start at zero and add up.
protocol PeriodTotals: PeriodCell {
    mutating func add(_ other: Self)
}
