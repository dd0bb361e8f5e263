/// How an indicator's values combine over time.
public enum IndicatorKind: String, Codable, Sendable {
    /// A level at a date (money outstanding, funds with problems): each area's latest snapshot in
    /// the window.
    case stock
    /// An amount per period (sales): summed over the window's months.
    case flow
    /// A running total within a year (survey coverage): the value at the window's last day.
    case cumulative
}

/// How often an indicator is collected: a briefing compares monthly and quarterly indicators by
/// 3-month round, annual ones by year (the year of the survey or report).
public enum Cadence: String, Codable, Sendable, CaseIterable {
    /// Reported every month: compared by 3-month round.
    case monthly
    /// Reported every quarter: compared by 3-month round.
    case quarterly
    /// Collected once a year (the จปฐ. survey, January–April): it never holds back the default
    /// as-of month, and a briefing compares its years.
    case annual

    /// Whether it comes with every round (monthly or quarterly), not once a year.
    public var isPeriodic: Bool { self != .annual }
}

/// Which way is better.
public enum Direction: String, Codable, Sendable {
    /// A higher value is better (coverage, sales).
    case higher
    /// A lower value is better (overdue debt, problem funds).
    case lower
}

/// One indicator of the catalog (Datasets/indicators.json).
public struct IndicatorDefinition: Codable, Equatable, Sendable {
    /// Stable id, e.g. `womens-fund.overdue-ratio`.
    public var id: String
    /// The name in Thai (`name_th`).
    public var nameThai: String
    /// The name in English (`name_en`).
    public var nameEnglish: String
    /// `percent`, `baht`, `count`, …: how values are shown.
    public var unit: String
    /// How values combine over time: stock, flow or cumulative.
    public var kind: IndicatorKind
    /// Whether the value is numerator / denominator (shown as a fraction or percent).
    public var ratio: Bool
    /// Which way is better: decides ranks, met or missed, and the words better and worse.
    public var direction: Direction
    /// On the value's scale (a ratio as a fraction), or `nil` when there is none.
    public var target: Double?
    /// How often it is collected; `monthly` when the catalog does not say.
    public var cadence: Cadence
    /// The indicator's place among the headlines a briefing leads with (1 first), or `nil` when
    /// it is no headline (`headline`).
    public var headline: Int?
    /// The id of the indicator this one is a part or companion of (`part_of`): a breakdown such
    /// as one category's sales, or a figure beside a headline ratio. A briefing does not lead with it.
    public var partOf: String?

    enum CodingKeys: String, CodingKey {
        case id, unit, kind, ratio, direction, target, cadence, headline
        case nameThai = "name_th"
        case nameEnglish = "name_en"
        case partOf = "part_of"
    }

    /// An entry with every field of the catalog; `cadence` is monthly unless given, and the
    /// entry is neither a headline nor a part of another unless said.
    public init(
        id: String, nameThai: String, nameEnglish: String, unit: String, kind: IndicatorKind,
        ratio: Bool, direction: Direction, target: Double?, cadence: Cadence = .monthly,
        headline: Int? = nil, partOf: String? = nil
    ) {
        self.id = id
        self.nameThai = nameThai
        self.nameEnglish = nameEnglish
        self.unit = unit
        self.kind = kind
        self.ratio = ratio
        self.direction = direction
        self.target = target
        self.cadence = cadence
        self.headline = headline
        self.partOf = partOf
    }

    /// The indicator's name in `language`.
    public func name(in language: Language) -> String {
        language == .thai ? nameThai : nameEnglish
    }

    /// Whether areas can fairly be ranked on it: ratios, shares and indicators with a target.
    /// A raw count or sum (shops, households, baht) mostly measures an area's size, so ranking
    /// it would always crown the biggest province.
    public var isRankable: Bool { ratio || target != nil }

    /// Whether `value` meets the target: `value >= target` when higher is better, strictly
    /// `value < target` when lower is better; `nil` when there is no target.
    public func meetsTarget(_ value: Double) -> Bool? {
        guard let target else { return nil }
        return direction == .higher ? value >= target : value < target
    }
}
