/// How tightly a table or a ranking sets its rows.
public enum ChartDensity: Sendable, Equatable {
    /// Large type and room, for a chart of its own on a slide.
    case regular
    /// Smaller type and padding, so that a province's 25–32 districts fit one A4 page (or half
    /// of one, for a ranking).
    case compact
}
