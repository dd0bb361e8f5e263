/// An indicator catalog that cannot be loaded: `SOURCE: entry N (ID): reason`.
public struct CatalogError: Error, Equatable, Sendable, CustomStringConvertible {
    /// What is wrong.
    public enum Problem: Equatable, Sendable {
        /// The file could not be read.
        case unreadable(String)
        /// The bytes are not JSON.
        case notJSON(String)
        /// The top level is not an array of objects.
        case notAnArray
        /// An entry of the array is not an object.
        case notAnObject
        /// A required field is absent (or null where a value is required).
        case missingField(String)
        /// A field holds the wrong kind of JSON value; `expected` says which.
        case wrongType(field: String, expected: String)
        /// A text field is empty.
        case emptyField(String)
        /// An id with characters other than `a`–`z`, `0`–`9`, `.` and `-`.
        case invalidID(String)
        /// The id was already declared by an earlier entry (1-based position).
        case duplicateID(firstEntry: Int)
        /// A `kind` other than `stock`, `flow` or `cumulative`.
        case unknownKind(String)
        /// A `direction` other than `higher` or `lower`.
        case unknownDirection(String)
        /// A `unit` other than `percent`, `baht` or `count`.
        case unknownUnit(String)
        /// A `cadence` other than `monthly`, `quarterly` or `annual`.
        case unknownCadence(String)
        /// `percent` without `ratio`, or `ratio` with another unit.
        case unitDisagreesWithRatio(unit: String, ratio: Bool)
        /// A target that cannot be on the value's scale: a ratio's target outside 0…1 (a percent
        /// written where a fraction belongs), or a negative target.
        case targetOffScale(Double, ratio: Bool)
        /// A `part_of` that names no other indicator of the catalog.
        case unknownPartOf(String)
    }

    /// The catalog as the user named it (`indicators.json` for the built-in one).
    public var source: String
    /// 1-based position of the offending entry in the array, `nil` for a problem of the file.
    public var entry: Int?
    /// The entry's id, when it has one.
    public var id: String?
    /// What is wrong.
    public var problem: Problem

    /// An error of `source`, at `entry` (1-based) with `id` when known.
    package init(source: String, entry: Int? = nil, id: String? = nil, problem: Problem) {
        self.source = source
        self.entry = entry
        self.id = id
        self.problem = problem
    }

    /// `SOURCE: entry N (ID): reason`.
    public var description: String {
        var text = source + ": "
        if let entry {
            text += "entry \(entry)"
            if let id { text += " (\(id))" }
            text += ": "
        }
        return text + reason
    }

    private var reason: String {
        switch problem {
        case .unreadable(let why):
            return "cannot read the catalog: \(why)"
        case .notJSON(let why):
            return "not valid JSON: \(why)"
        case .notAnArray:
            return "the catalog must be a JSON array of indicator objects"
        case .notAnObject:
            return "each indicator must be a JSON object"
        case .missingField(let field):
            return "missing field '\(field)'"
        case .wrongType(let field, let expected):
            return "field '\(field)' must be \(expected)"
        case .emptyField(let field):
            return "field '\(field)' is empty"
        case .invalidID(let id):
            return "id '\(id)' may hold only a-z, 0-9, '.' and '-'"
        case .duplicateID(let firstEntry):
            return "duplicate id, first declared by entry \(firstEntry)"
        case .unknownKind(let kind):
            return "unknown kind '\(kind)': use stock, flow or cumulative"
        case .unknownDirection(let direction):
            return "unknown direction '\(direction)': use higher or lower"
        case .unknownUnit(let unit):
            return "unknown unit '\(unit)': use percent, baht or count"
        case .unknownCadence(let cadence):
            return "unknown cadence '\(cadence)': use monthly, quarterly or annual"
        case .unitDisagreesWithRatio(let unit, let ratio):
            return ratio
                ? "a ratio is shown as a percent: its unit must be 'percent', not '\(unit)'"
                : "unit 'percent' needs \"ratio\": true (a percentage cannot be summed over areas; give numerator and denominator)"
        case .targetOffScale(let target, let ratio):
            return ratio
                ? "target \(target) is not a fraction: write a ratio's target as a fraction from 0 to 1 (0.8 for 80 %)"
                : "target \(target) is negative"
        case .unknownPartOf(let id):
            return "part_of '\(id)' is no other indicator of this catalog"
        }
    }
}
