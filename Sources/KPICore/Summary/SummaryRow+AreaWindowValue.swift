extension SummaryRow {
    /// The row of `definition`'s rolled-up `value` for one area and window (rank not set).
    init(_ value: AreaWindowValue, definition: IndicatorDefinition) {
        self.init(
            level: value.level, areaCode: value.code, areaNameThai: value.nameThai, areaNameEnglish: value.nameEnglish,
            indicatorID: definition.id, window: value.window,
            numerator: value.observation?.numerator, denominator: value.observation?.denominator,
            value: value.value, targetMet: value.value.flatMap(definition.meetsTarget),
            change: value.change, pctChange: value.pctChange, yoyChange: value.yoyChange,
            dataAsOf: value.observation?.asOf,
            areasReporting: value.reporting, areasInInput: value.units)
        likeForLike = value.likeForLike
        likeForLikeYearOnYear = value.likeForLikeYearOnYear
    }

    /// The rows of `indicator` that `rollUp` gives for the areas `filter` shows, in contract order.
    static func rows(_ rollUp: RollUp, _ indicator: IndicatorObservations, filter: AreaFilter) -> [SummaryRow] {
        rollUp.values(for: indicator, filter: filter).map { SummaryRow($0, definition: indicator.definition) }
    }
}
