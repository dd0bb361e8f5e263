/// One row of `kpi summarize`: an indicator's value for one area and window, with its
/// comparisons. Fields follow the contract's CSV columns, in order.
public struct SummaryRow: Equatable, Sendable {
    /// The level of the area.
    public var level: AreaLevel
    /// District or province code, zone number; `nil` for the nation.
    public var areaCode: Int?
    /// The area's Thai name.
    public var areaNameThai: String
    /// The area's English name.
    public var areaNameEnglish: String
    /// The catalog id of the indicator.
    public var indicatorID: String
    /// The 3-month window the value is of.
    public var window: Window
    /// Σ numerator of the districts (and province-level figures) below; `nil` with no value.
    public var numerator: Quantity?
    /// Σ denominator, for ratio indicators only.
    public var denominator: Quantity?
    /// numerator / denominator for ratios, numerator otherwise; `nil` where there is no value
    /// (no data, or a zero denominator).
    public var value: Double?
    /// `nil` where the indicator has no target or there is no value.
    public var targetMet: Bool?
    /// value − the previous window's value.
    public var change: Double?
    /// change / |previous value|; `nil` when the previous value is 0.
    public var pctChange: Double?
    /// For flows: value − the value of the window one year earlier.
    public var yoyChange: Double?
    /// 1 = best among the level's areas for this indicator and window; ties share the smaller rank.
    public var rank: Int?
    /// The latest record date that contributed to the value.
    public var dataAsOf: CivilDate?
    /// Districts with a value in this window.
    public var areasReporting: Int
    /// Districts of the area that appear in the input.
    public var areasInInput: Int
    /// `change` over only the districts with a value in both windows (not a contract column):
    /// what a briefing compares, so that a district missing from one window does not move its
    /// province's figure. `nil` where no district has a value in both.
    public var likeForLike: LikeForLikeChange?
    /// `yoyChange` over only the districts with a value in both windows (not a contract column).
    public var likeForLikeYearOnYear: LikeForLikeChange?

    /// A row with every field; the comparisons, rank and date are `nil` unless given.
    public init(
        level: AreaLevel, areaCode: Int?, areaNameThai: String, areaNameEnglish: String,
        indicatorID: String, window: Window, numerator: Quantity? = nil, denominator: Quantity? = nil,
        value: Double? = nil, targetMet: Bool? = nil, change: Double? = nil, pctChange: Double? = nil,
        yoyChange: Double? = nil, rank: Int? = nil, dataAsOf: CivilDate? = nil,
        areasReporting: Int, areasInInput: Int
    ) {
        self.level = level
        self.areaCode = areaCode
        self.areaNameThai = areaNameThai
        self.areaNameEnglish = areaNameEnglish
        self.indicatorID = indicatorID
        self.window = window
        self.numerator = numerator
        self.denominator = denominator
        self.value = value
        self.targetMet = targetMet
        self.change = change
        self.pctChange = pctChange
        self.yoyChange = yoyChange
        self.rank = rank
        self.dataAsOf = dataAsOf
        self.areasReporting = areasReporting
        self.areasInInput = areasInInput
    }

    /// The area's name in `language`.
    public func areaName(in language: Language) -> String {
        language == .thai ? areaNameThai : areaNameEnglish
    }
}

/// The result of `kpi summarize`: rows in the contract's order, and what they were computed from.
public struct Summary: Sendable {
    /// Sorted by level, area code as a number, indicator id, window end.
    public var rows: [SummaryRow]
    /// The windows compared, oldest first.
    public var windows: [Window]
    /// The catalog entries of the indicators present in `rows`.
    public var indicators: [IndicatorDefinition]
    /// Annual indicators by survey year, when the request asked for them (`BriefingComparisons`).
    public var surveyYears = SurveyYears(windows: [], rows: [])
    /// Flows in the window a year before the newest, when the request asked for them; ranked.
    public var yearEarlier: [SummaryRow] = []

    /// Annual indicators compared by survey year: each earlier year's final value and the newest
    /// year's value at the as-of month.
    public struct SurveyYears: Sendable {
        /// One window per survey year, oldest first (`BriefingComparisons.surveyYearWindows`);
        /// the survey year is the B.E. year of its last day.
        public var windows: [Window]
        /// Rows as in `rows`, one per area, annual indicator and survey year; `change` is the
        /// change from the previous survey year.
        public var rows: [SummaryRow]

        /// Survey-year `rows` over `windows`.
        public init(windows: [Window], rows: [SummaryRow]) {
            self.windows = windows
            self.rows = rows
        }
    }

    /// A summary of `rows` over `windows`, with the definitions of their `indicators`.
    public init(rows: [SummaryRow], windows: [Window], indicators: [IndicatorDefinition]) {
        self.rows = rows
        self.windows = windows
        self.indicators = indicators
    }
}
