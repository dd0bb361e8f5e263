/// What to generate: which dataset, for which districts and months, how big, from which seed.
public struct GenerationRequest: Sendable {
    /// How many rows to make.
    public enum Size: Equatable, Sendable {
        /// About this many rows, never more: the number of loans, products, households or
        /// funds per district is chosen so that whole snapshots come as close as they can.
        case rows(Int)
        /// The Department's real sizes, spread over the districts by their number of
        /// subdistricts (a national run holds about a million Women's Fund loans).
        case realistic
    }

    /// Areas as the command line names them: `--scale`.
    public enum Scale: String, CaseIterable, Sendable {
        /// One or more provinces (เชียงใหม่ by default).
        case province
        /// One or more inspection zones (zone 15 by default).
        case zone
        /// Every province.
        case national
    }

    /// Province chosen by `--scale province` without `--province`: เชียงใหม่.
    public static let defaultProvince = 50
    /// Zone chosen by `--scale zone` without `--zone`: เขตตรวจราชการที่ 15.
    public static let defaultZone = 15
    /// Months when none are given: fiscal years 2568–2569 B.E., October 2024 to September 2026.
    public static let defaultMonths = YearMonth(year: 2024, month: 10)!...YearMonth(year: 2026, month: 9)!
    /// The most rows `--rows` accepts: a billion, about 50 GB of CSV.
    public static let maximumRows = 1_000_000_000
    /// The longest month range accepted: 20 years.
    public static let maximumMonths = 240

    /// The dataset to make.
    public var kind: DatasetKind
    /// The same seed, request and program version give the same bytes.
    public var seed: UInt64
    /// First and last month covered.
    public var months: ClosedRange<YearMonth>
    /// The districts that get rows, by ascending code.
    public var districts: [District]
    /// How many rows to make.
    public var size: Size
    /// Whether the file begins with a UTF-8 byte-order mark, for Excel on a Thai Windows (the
    /// readers of the contract skip it).
    public var byteOrderMark = false

    /// A request for `kind` rows over `months` in `districts`, of `size`, from `seed`.
    public init(kind: DatasetKind, seed: UInt64, months: ClosedRange<YearMonth>, districts: [District], size: Size) {
        self.kind = kind
        self.seed = seed
        self.months = months
        self.districts = districts.sorted { $0.code < $1.code }
        self.size = size
    }

    /// The request the command line's options describe, or an error that says what to change.
    ///
    /// Exactly one of `rows` and `scale` is given. Areas: `provinces` or `zones` (not both);
    /// none means the scale's default, or the whole country with `rows`. `from` and `to` are
    /// months (`YYYY-MM`), both or neither.
    public init(
        kind: DatasetKind, rows: Int?, scale: Scale?, seed: UInt64, from: String?, to: String?,
        provinces: [Int], zones: [Int], geography: Geography = .bundled
    ) throws(GenerationError) {
        switch (rows, scale) {
        case (nil, nil), (.some, .some):
            throw .invalidRequest("give either --rows N or --scale province|zone|national")
        case (.some(let rows), nil) where !(1...Self.maximumRows).contains(rows):
            throw .invalidRequest("--rows must be between 1 and \(Self.maximumRows)")
        default: break
        }
        if !provinces.isEmpty, !zones.isEmpty { throw .invalidRequest("give --province or --zone, not both") }
        switch scale {
        case .province where !zones.isEmpty: throw .invalidRequest("--scale province takes --province, not --zone")
        case .zone where !provinces.isEmpty: throw .invalidRequest("--scale zone takes --zone, not --province")
        case .national where !provinces.isEmpty || !zones.isEmpty:
            throw .invalidRequest("--scale national covers every province: leave out --province and --zone")
        default: break
        }
        for code in provinces where geography.province(code: code) == nil {
            throw .invalidRequest("no province with code \(code): see `kpi areas --zone N`")
        }
        for number in zones where geography.zone(number: number) == nil {
            throw .invalidRequest("no inspection zone \(number): zones are numbered 1 to \(geography.zones.count)")
        }

        let provinceCodes: [Int]
        if !provinces.isEmpty {
            provinceCodes = provinces
        } else if !zones.isEmpty {
            provinceCodes = zones.flatMap { geography.provinces(ofZone: $0).map(\.code) }
        } else if scale == .province {
            provinceCodes = [Self.defaultProvince]
        } else if scale == .zone {
            provinceCodes = geography.provinces(ofZone: Self.defaultZone).map(\.code)
        } else {
            provinceCodes = geography.provinces.map(\.code)
        }
        let districts = Set(provinceCodes).sorted().flatMap { geography.districts(ofProvince: $0) }

        self.init(
            kind: kind, seed: seed, months: try Self.months(from: from, to: to), districts: districts,
            size: rows.map(Size.rows) ?? .realistic)
    }

    /// The month range of `--from` and `--to`.
    private static func months(from: String?, to: String?) throws(GenerationError) -> ClosedRange<YearMonth> {
        guard let from, let to else {
            if from == nil, to == nil { return defaultMonths }
            throw .invalidRequest(
                "give --from and --to together (default: \(defaultMonths.lowerBound) to \(defaultMonths.upperBound))")
        }
        let first = try month(from, option: "--from")
        let last = try month(to, option: "--to")
        guard first <= last else { throw .invalidRequest("--from \(first) is after --to \(last)") }
        guard first.distance(to: last) < maximumMonths else {
            throw .invalidRequest("--from to --to spans more than \(maximumMonths) months")
        }
        return first...last
    }

    /// A `YYYY-MM` month.
    private static func month(_ text: String, option: String) throws(GenerationError) -> YearMonth {
        guard text.utf8.count == 7 else {
            throw .invalidRequest("\(option) '\(text)' is not a month: write YYYY-MM, e.g. 2024-10")
        }
        do {
            return try DateParser.month(text)
        } catch {
            throw .invalidRequest("\(option): \(error)")
        }
    }
}

extension GenerationContext {
    /// The context of `request`: its seed, districts and months.
    init(_ request: GenerationRequest) {
        self.init(seed: request.seed, districts: request.districts, months: Array(request.months))
    }
}
