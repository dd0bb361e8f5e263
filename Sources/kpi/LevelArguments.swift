import ArgumentParser
import KPICore

/// `--level district|province|zone|nation` reads straight into the library's level.
extension AreaLevel: ExpressibleByArgument {}

/// `kpi summarize --level`: one level of areas, or `all` of them.
enum LevelSelection: ExpressibleByArgument, Equatable {
    case one(AreaLevel)
    case all

    init?(argument: String) {
        if argument == "all" {
            self = .all
        } else if let level = AreaLevel(argument: argument) {
            self = .one(level)
        } else {
            return nil
        }
    }

    static var allValueStrings: [String] { AreaLevel.allValueStrings + ["all"] }

    var defaultValueDescription: String {
        switch self {
        case .one(let level): level.rawValue
        case .all: "all"
        }
    }

    /// The levels selected.
    var levels: Set<AreaLevel> {
        switch self {
        case .one(let level): [level]
        case .all: Set(AreaLevel.allCases)
        }
    }
}
