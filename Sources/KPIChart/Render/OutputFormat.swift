/// The file formats charts are written in.
public enum OutputFormat: String, CaseIterable, Sendable {
    /// A bitmap, at the canvas's scale (2 for sharp images on slides and screens).
    case png
    /// Vector graphics with the text as outlines, for the web and for editing.
    case svg
    /// A vector document (the briefing's pages; a chart on one page), fonts embedded.
    case pdf

    /// The format a path's extension names (`.png`, `.svg`, `.pdf`, any case).
    public init?(path: String) {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
        self.init(rawValue: path[path.index(after: dot)...].lowercased())
    }
}
