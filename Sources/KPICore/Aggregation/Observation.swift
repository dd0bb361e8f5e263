/// One area's figure for one window, before it is rolled up.
package struct Observation: Equatable, Sendable {
    /// The count, sum or numerator.
    package var numerator: Quantity
    /// Present for ratio indicators.
    package var denominator: Quantity?
    /// The latest record date that contributed; `nil` when none did (e.g. no household surveyed yet).
    package var asOf: CivilDate?

    /// A figure of `numerator` (over `denominator` for a ratio), with the latest date behind it.
    package init(numerator: Quantity, denominator: Quantity?, asOf: CivilDate?) {
        self.numerator = numerator
        self.denominator = denominator
        self.asOf = asOf
    }

    /// The sum of two areas' figures: numerators and denominators add, the later date wins.
    package static func + (lhs: Observation, rhs: Observation) -> Observation {
        let denominator: Quantity?
        switch (lhs.denominator, rhs.denominator) {
        case (let left?, let right?): denominator = left + right
        case (let left, let right): denominator = left ?? right
        }
        let asOf: CivilDate?
        switch (lhs.asOf, rhs.asOf) {
        case (let left?, let right?): asOf = max(left, right)
        case (let left, let right): asOf = left ?? right
        }
        return Observation(numerator: lhs.numerator + rhs.numerator, denominator: denominator, asOf: asOf)
    }
}

/// An indicator's observations per area, one slot per window (`nil` = no value in that window).
package struct IndicatorObservations: Sendable {
    /// The indicator observed.
    package let definition: IndicatorDefinition
    /// District position in `Geography.districts` → observations per window.
    package var districts: [Int: [Observation?]]
    /// Province code → observations per window, from province-level figures
    /// (`indicator-values` rows with an empty district).
    package var provinceFigures: [Int: [Observation?]]
    /// Districts (positions) that appear in the input for this indicator, with or without a value
    /// in the windows.
    package var districtsInInput: Set<Int>
    /// Provinces that appear in the input with province-level figures.
    package var provincesWithFigures: Set<Int>

    /// Observations of `definition` per district and, for `indicator-values`, per province.
    package init(
        definition: IndicatorDefinition, districts: [Int: [Observation?]],
        provinceFigures: [Int: [Observation?]] = [:], districtsInInput: Set<Int>,
        provincesWithFigures: Set<Int> = []
    ) {
        self.definition = definition
        self.districts = districts
        self.provinceFigures = provinceFigures
        self.districtsInInput = districtsInInput
        self.provincesWithFigures = provincesWithFigures
    }
}
