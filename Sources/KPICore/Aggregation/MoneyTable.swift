/// Money totals per district and period, kept in 64-bit lanes (`MoneyLanes`) while rows are
/// added: half the memory of 128-bit totals, so that a national table filled by rows in any order
/// stays in the core's cache. A row or a merged cell that would take a lane past `Int64.max`
/// first moves its cell's sums to `overflow`, in 128 bits, so every sum stays exact. Each amount
/// is below 10^17 satang, so a cell overflows at most once in 92 rows: a dictionary serves those.
struct MoneyTable<Lanes: MoneyLanes> {
    private struct Cell: Hashable {
        var district: Int
        var period: Int
    }

    private var lanes: PeriodTable<Lanes>
    private var overflow: [Cell: Lanes.Wide] = [:]

    /// An empty table for districts `0 ..< districtCount`.
    init(districtCount: Int) {
        lanes = PeriodTable(districtCount: districtCount)
    }

    /// Adds one row's `amounts` to `district` (position in `Geography.districts`) and `period`.
    @inline(__always)
    mutating func add(_ amounts: Lanes.Amounts, district: Int, period: Int) {
        let full: Lanes? = lanes.update(district: district, period: period) { cell in
            guard !cell.add(amounts) else { return nil }
            let full = cell
            cell = Lanes()
            // One row's amounts fit empty lanes: each is below `Int64.max`.
            _ = cell.add(amounts)
            return full
        }
        if let full { spill(full, district: district, period: period) }
    }

    /// Adds the totals of `later`.
    mutating func merge(_ later: MoneyTable) {
        later.lanes.forEachCell { district, period, other in
            let full: Lanes? = lanes.update(district: district, period: period) { cell in
                guard !cell.add(other) else { return nil }
                let full = cell
                cell = other
                return full
            }
            if let full { spill(full, district: district, period: period) }
        }
        for (cell, sums) in later.overflow { overflow[cell, default: Lanes.Wide()].add(sums) }
    }

    /// The latest period with data.
    var latestPeriod: Int? { lanes.latestPeriod }

    /// The totals in 128 bits: each cell's lanes and what overflowed from them.
    func widened() -> PeriodTable<Lanes.Wide> {
        var wide = PeriodTable<Lanes.Wide>(districtCount: lanes.districtCount)
        lanes.forEachCell { district, period, cell in
            wide.update(district: district, period: period) { $0 = cell.widened }
        }
        for (cell, sums) in overflow {
            wide.update(district: cell.district, period: cell.period) { $0.add(sums) }
        }
        return wide
    }

    @inline(never)
    private mutating func spill(_ full: Lanes, district: Int, period: Int) {
        overflow[Cell(district: district, period: period), default: Lanes.Wide()].add(full.widened)
    }
}

/// A `MoneyTable` cell: sums of satang in 64-bit lanes.
protocol MoneyLanes: PeriodCell {
    /// What one row adds.
    associatedtype Amounts
    /// The same totals in 128 bits.
    associatedtype Wide: PeriodTotals

    /// Adds one row's `amounts`; false, changing nothing, when a lane would pass `Int64.max`.
    mutating func add(_ amounts: Amounts) -> Bool
    /// Adds another cell's sums; false, changing nothing, when a lane would pass `Int64.max`.
    mutating func add(_ other: Self) -> Bool
    /// The sums in 128 bits.
    var widened: Wide { get }
}
