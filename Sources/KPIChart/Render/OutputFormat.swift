/// The file formats charts are written in.
public enum OutputFormat: String, CaseIterable, Sendable {
    case png
    case svg
    case pdf

    /// The format a path's extension names (`.png`, `.svg`, `.pdf`, any case).
    public init?(path: String) {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
        self.init(rawValue: path[path.index(after: dot)...].lowercased())
    }
}
