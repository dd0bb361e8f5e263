/// Opens input files as record sources, recognising their format by content.
public enum RecordSources {
    /// The records of the file at `path`, read as `options` say. `displayName` is how errors
    /// name the file (default: `path`). Throws when the file cannot be read or its header is
    /// unusable (line 1).
    public static func open(path: String, displayName: String? = nil, options: ReadOptions = ReadOptions()) throws(RowError) -> any RecordSource {
        try CSVFile(path: path, displayName: displayName, options: options)
    }
}
