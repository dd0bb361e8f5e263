import Testing

@testable import KPIChart

/// Spreading labels along one axis: order kept, gaps kept, bounds kept, wishes kept when free.
@Suite struct LabelSpreaderTests {
    private typealias Item = LabelSpreader.Item

    @Test func labelsWithRoomStayWhereTheyWant() throws {
        let items = [Item(center: 50, length: 10), Item(center: 20, length: 10), Item(center: 80, length: 10)]
        let starts = try #require(LabelSpreader.spread(items, gap: 2, within: 0...100))
        #expect(starts == [45, 15, 75])
    }

    @Test func crowdedLabelsKeepOrderAndGapAroundTheirMean() throws {
        // Five labels all wanting 50: stacked in input order, centred on 50.
        let items = Array(repeating: Item(center: 50, length: 10), count: 5)
        let starts = try #require(LabelSpreader.spread(items, gap: 2, within: 0...100))
        #expect(starts == [21, 33, 45, 57, 69])
    }

    @Test func boundsPushClustersInside() throws {
        let items = [Item(center: 99, length: 10), Item(center: 98, length: 10), Item(center: 1, length: 10)]
        let starts = try #require(LabelSpreader.spread(items, gap: 2, within: 0...100))
        #expect(starts[2] == 0)
        #expect(starts[0] == 90 && starts[1] == 78, "the later-wishing label below, both inside")
    }

    @Test(arguments: [0, 1, 7, 40])
    func neverOverlapAndKeepOrder(seed: Int) throws {
        var state = UInt64(seed + 1)
        func next() -> Double {
            state = state &* 6_364_136_223_846_793_005 &+ 1
            return Double(state >> 40) / Double(1 << 24)
        }
        let items = (0..<30).map { _ in Item(center: next() * 600, length: 10 + next() * 10) }
        let starts = try #require(LabelSpreader.spread(items, gap: 3, within: 0...600))
        let order = items.indices.sorted { (items[$0].center, $0) < (items[$1].center, $1) }
        for (upper, lower) in zip(order, order.dropFirst()) {
            #expect(starts[upper] + items[upper].length + 3 <= starts[lower] + 1e-9)
        }
        #expect(starts.allSatisfy { $0 >= 0 } && zip(starts, items).allSatisfy { $0 + $1.length <= 600 + 1e-9 })
    }

    @Test func tooManyDoNotFit() {
        #expect(
            LabelSpreader.spread(Array(repeating: Item(center: 5, length: 10), count: 10), gap: 1, within: 0...100)
                == nil)
    }
}
