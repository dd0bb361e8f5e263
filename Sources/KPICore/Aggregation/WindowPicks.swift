/// Each district's totals chosen for each window, and how they become observations.
struct WindowPicks<Totals: PeriodTotals> {
    /// District position → per window, the chosen period and totals (`nil` = no value).
    var picks: [Int: [(period: Int, totals: Totals)?]]

    /// Every period chosen, for some district and window.
    var periods: Set<Int> { Set(picks.values.joined().compactMap { $0?.period }) }

    /// Stock: each district's latest snapshot (period = day number) inside each window.
    static func latestSnapshots(_ table: PeriodTable<Totals>, windows: [Window]) -> WindowPicks {
        WindowPicks(picks: table.series().mapValues { series in windows.map { series.latest(in: $0.dayRange) } })
    }

    /// Flow: each district's sum over the window's months (period = month index), with the last
    /// month that had rows.
    static func monthSums(_ table: PeriodTable<Totals>, windows: [Window]) -> WindowPicks {
        WindowPicks(picks: table.series().mapValues { series in windows.map { series.sum(in: $0.monthRange) } })
    }

    /// The observations of `definition`: `value` gives numerator and denominator from the totals,
    /// `asOf` the data date of the chosen period.
    func observations(
        _ definition: IndicatorDefinition, asOf: (Int) -> CivilDate,
        value: (Totals) -> (numerator: Quantity, denominator: Quantity?)
    ) -> IndicatorObservations {
        let districts = picks.mapValues { windows in
            windows.map { pick in
                pick.map { pick in
                    let (numerator, denominator) = value(pick.totals)
                    return Observation(numerator: numerator, denominator: denominator, asOf: asOf(pick.period))
                }
            }
        }
        return IndicatorObservations(definition: definition, districts: districts, districtsInInput: Set(picks.keys))
    }
}
