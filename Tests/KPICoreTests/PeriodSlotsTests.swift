import Testing

@testable import KPICore

@Suite struct PeriodSlotsTests {
    @Test func numbersPeriodsInOrderOfFirstSightWhateverTheirOrder() {
        var slots = PeriodSlots()
        // Descending, ascending, repeated, then far beyond the direct table's span both ways.
        let far = PeriodSlots.maximumSpan * 4
        let periods = [740_000, 739_990, 740_031, 739_990, 700_000, 740_000, far * 3, -far, 739_000, far * 3]
        var expected: [Int: Int] = [:]
        for period in periods {
            let slot = slots.slot(of: period)
            if let known = expected[period] {
                #expect(slot == known, "period \(period) keeps its slot")
            } else {
                #expect(slot == expected.count, "a new period gets the next slot")
                expected[period] = slot
            }
        }
        #expect(slots.periods == [740_000, 739_990, 740_031, 700_000, far * 3, -far, 739_000])
        for (period, slot) in expected { #expect(slots.existingSlot(of: period) == slot) }
        #expect(slots.existingSlot(of: 739_991) == nil)
        #expect(slots.existingSlot(of: far) == nil)
    }

    @Test func tableTotalsDoNotDependOnRowOrder() {
        struct Count: PeriodTotals {
            var rows = 0
            mutating func add(_ other: Count) { rows += other.rows }
        }
        // More periods than the dense part holds, so the sparse part is used too.
        let rows = (0..<5_000).map {
            (district: $0 % 7, period: 1_000 + ($0 * 7919) % (PeriodTable<Count>.denseSlots + 40))
        }
        var forward = PeriodTable<Count>(districtCount: 7)
        var backward = forward
        for row in rows { forward.update(district: row.district, period: row.period) { $0.rows += 1 } }
        for row in rows.reversed() { backward.update(district: row.district, period: row.period) { $0.rows += 1 } }
        func flattened(_ table: PeriodTable<Count>) -> [String] {
            table.series().sorted { $0.key < $1.key }.flatMap { district, series in
                series.map { "\(district) \($0.period) \($0.totals.rows)" }
            }
        }
        #expect(flattened(forward) == flattened(backward))
        #expect(flattened(forward).count > PeriodTable<Count>.denseSlots)
        #expect(forward.series().values.joined().reduce(0) { $0 + $1.totals.rows } == rows.count)
        #expect(forward.latestPeriod == rows.map(\.period).max())
    }
}
