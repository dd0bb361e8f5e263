import Testing

@testable import KPICore

@Suite struct IndicatorFigureRunTests {
    /// A figure told apart by its line.
    private func figure(line: Int) -> IndicatorFigure {
        let row = IndicatorValuesAccumulator.Row(
            indicator: line % 7, periodEnd: KeyedDate(CivilDate(year: 2026, month: 1, day: 31)!), province: 10,
            district: line % 3 == 0 ? nil : line % 928, numerator: Quantity(units: Int128(line), scale: 0),
            denominator: nil)
        return IndicatorFigure(row, line: line)
    }

    @Test func keepsEveryFigureInOrderAcrossBlocks() {
        var run = IndicatorFigureRun(file: "values.csv")
        #expect(Array(run.figures).isEmpty)
        // Two whole blocks and a part of a third, so that both block edges are crossed.
        let count = 2 * IndicatorFigureRun.blockSize + 3
        for line in 1...count { run.append(figure(line: line)) }
        let figures = Array(run.figures)
        #expect(figures.count == count)
        #expect(figures.map(\.line) == (1...count).map(Int32.init))
        #expect(figures.map(\.numeratorUnits) == (1...count).map(Int64.init))
        #expect(figures.map(\.isProvinceLevel) == (1...count).map { $0 % 3 == 0 })
    }
}
