/// A piece of running text on a briefing page.
enum TextBlock: Equatable {
    /// A section heading.
    case heading(String)
    /// A paragraph, wrapped to the page width.
    case paragraph(String)
    /// A bulleted item.
    case bullet(String)
    /// A bulleted item led by a bold title on its own line: an indicator and what it shows.
    case item(title: String, text: String)
    /// A table row: cells with the share of the width each column takes; `header` is bold.
    case row([String], widths: [Double], header: Bool)
}
