/// Turns a file's header into the contract's column names.
enum HeaderNames {
    /// The names of `raw` header fields: each trimmed of surrounding spaces and lowercased.
    static func contractNames(_ raw: [String], options: ReadOptions) -> [String] {
        raw.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
    }
}
