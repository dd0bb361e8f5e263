/// Numbers the distinct periods (day numbers, month indices, survey years…) that a table meets,
/// 0, 1, 2… in order of first appearance, without hashing: a direct table over the span of the
/// periods seen answers a lookup with one load, whatever order the rows come in.
///
/// The table covers at most `maximumSpan` consecutive periods (1 MiB); a period farther away
/// (only odd data spans more than seven centuries of days) goes to a dictionary instead.
struct PeriodSlots {
    static let maximumSpan = 1 << 18

    /// The period of each slot.
    private(set) var periods: [Int] = []
    /// The period `base` maps to entry 0 of `table`.
    private var base = 0
    /// Slot + 1 of the period `base + i`, 0 for a period not seen.
    private var table: [Int32] = []
    /// Slots of the periods outside the table's span.
    private var outside: [Int: Int] = [:]

    /// The slot of `period`, numbered on first sight.
    @inline(__always)
    mutating func slot(of period: Int) -> Int {
        let offset = period &- base
        if offset >= 0, offset < table.count {
            let entry = table[offset]
            if entry != 0 { return Int(entry) &- 1 }
        }
        return newSlot(period)
    }

    /// The slot of `period` if it was seen.
    func existingSlot(of period: Int) -> Int? {
        let offset = period &- base
        if offset >= 0, offset < table.count { return table[offset] == 0 ? nil : Int(table[offset]) &- 1 }
        return outside[period]
    }

    @inline(never)
    private mutating func newSlot(_ period: Int) -> Int {
        if let slot = outside[period] { return slot }
        let slot = periods.count
        periods.append(period)
        if cover(period) {
            table[period &- base] = Int32(slot &+ 1)
        } else {
            outside[period] = slot
        }
        return slot
    }

    /// Widens the table to reach `period` when the span stays within `maximumSpan`; false when
    /// it would not. The table at least doubles when it grows, so that periods met in any order
    /// cost amortised constant time.
    private mutating func cover(_ period: Int) -> Bool {
        if table.isEmpty {
            base = period
            table = [0]
            return true
        }
        let low = Swift.min(base, period)
        let high = Swift.max(base &+ table.count &- 1, period)
        let (span, overflow) = high.subtractingReportingOverflow(low)
        guard !overflow, span < Self.maximumSpan else { return false }
        guard period < base || period >= base &+ table.count else { return true }
        let size = Swift.max(span &+ 1, Swift.min(table.count &* 2, Self.maximumSpan))
        let added = repeatElement(Int32(0), count: size &- table.count)
        if period < base {
            table.insert(contentsOf: added, at: 0)
            base = high &- size &+ 1
        } else {
            table.append(contentsOf: added)
        }
        return true
    }
}
