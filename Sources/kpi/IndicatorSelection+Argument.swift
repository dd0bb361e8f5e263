import ArgumentParser
import KPIChart

/// `--indicator`: `all`, or ids separated by commas (`bmn.coverage,bmn.pass-rate`); spaces
/// around an id, empty items and repeats are dropped.
extension IndicatorSelection: ExpressibleByArgument {
    public init(argument: String) {
        let items = argument.split(separator: ",").map { item in
            String(item.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
        }.filter { !$0.isEmpty }
        if items.count == 1, items[0].lowercased() == "all" {
            self = .all
            return
        }
        var seen: Set<String> = []
        self = .ids(items.filter { seen.insert($0).inserted })
    }
}
