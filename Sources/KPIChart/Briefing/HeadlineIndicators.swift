import KPICore

/// The indicators a briefing leads with, in the order inspectors ask for them, followed by
/// every other catalog indicator the input holds: the catalog says which lead (`headline`, in
/// its order) and which are parts or companions of another (`part_of`), shown only beside it.
enum HeadlineIndicators {
    /// The headline indicators of `summary`, in briefing order.
    static func of(_ summary: Summary) -> [IndicatorDefinition] {
        let places = summary.indicators.compactMap {
            definition -> (place: Int, id: String, definition: IndicatorDefinition)? in
            definition.headline.map { ($0, definition.id, definition) }
        }
        let leading = places.sorted { ($0.place, $0.id) < ($1.place, $1.id) }.map(\.definition)
        let others = summary.indicators.filter { $0.headline == nil && $0.partOf == nil }
        return leading + others
    }
}
